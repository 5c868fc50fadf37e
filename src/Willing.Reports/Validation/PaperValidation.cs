using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Reports.Validation;

/// <summary>
/// The paper's placements against Willing's: for every case the case base gives a reading of
/// (<see cref="Coalition.Cooper"/>), the cell an expert reading expects (<see cref="PaperExpectation"/>)
/// beside Willing's classification without and with the paper's readings, and, where they part,
/// the measurement that parts them.
/// </summary>
/// <remarks>
/// Computed from the case files and the codebook alone: the only fixed thing is the mapping from
/// placements to cells. The default classification leaves the paper's readings out (DESIGN,
/// Measurement), so the agreement it gives is a test of the measurement against the paper, not the
/// paper repeated.
/// </remarks>
/// <param name="Rows">One row per case with a reading, in case-base order.</param>
public sealed record PaperValidation(ImmutableArray<ValidationRow> Rows)
{
    /// <summary>No case with a reading.</summary>
    public static PaperValidation Empty { get; } = new([]);

    /// <summary>The rows whose placement implies a cell: the m of "n of m".</summary>
    public int WithExpectation => Rows.Count(r => r.Expected is not null);

    /// <summary>The rows where Willing's default classification agrees with the expectation.</summary>
    public int Agreeing => Rows.Count(r => r.Verdict == ValidationVerdict.Agree);

    /// <summary>The rows where the classification with the paper's readings counted agrees.</summary>
    public int AgreeingWithReadings => Rows.Count(r => r.VerdictWithReadings == ValidationVerdict.Agree);

    /// <summary>How many rows have this verdict by default.</summary>
    public int Count(ValidationVerdict verdict) => Rows.Count(r => r.Verdict == verdict);

    /// <summary>Classifies every coalition with a reading twice, without and with the paper's readings, and compares both with the expectation.</summary>
    public static PaperValidation Of(IEnumerable<Coalition> coalitions, TypologyCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(coalitions);
        ArgumentNullException.ThrowIfNull(codebook);
        var plain = new TypologyEngine(codebook, withReadings: false);
        var read = new TypologyEngine(codebook, withReadings: true);
        var rows = ImmutableArray.CreateBuilder<ValidationRow>();
        foreach (var coalition in coalitions)
        {
            if (coalition.Cooper is not { } reading)
                continue;
            var willing = plain.Classify(coalition);
            var withReadings = read.Classify(coalition);
            var expected = PaperExpectation.Of(reading.Placement);
            var findings = expected is null
                ? []
                : expected.Departures(willing)
                    .Select(axis => AxisFinding.Of(expected.Pole(axis)!.Value, willing[axis], withReadings[axis], codebook))
                    .ToImmutableArray();
            rows.Add(new ValidationRow(
                coalition.Id,
                coalition.Name,
                reading,
                expected,
                willing,
                withReadings,
                expected?.Judge(willing) ?? ValidationVerdict.NoExpectation,
                expected?.Judge(withReadings) ?? ValidationVerdict.NoExpectation,
                findings));
        }

        return new PaperValidation(rows.ToImmutable());
    }
}
