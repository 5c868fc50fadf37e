using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Core.Sources;
using Willing.Typology.Codebook;
using Willing.Typology.Indicators;

namespace Willing.Typology.Classification;

/// <summary>
/// Places coalitions in Cooper's property space from their data: computes every indicator of the
/// codebook, calibrates it, combines the indicators of each axis by the codebook's rule, and
/// assigns the case to the corner of (H, C, S, T) whose membership is above 0.5.
/// </summary>
/// <remarks>Pure and deterministic: the same coalition and codebook always give the same result.</remarks>
public sealed class TypologyEngine(TypologyCodebook codebook, bool withReadings = false)
{

    /// <summary>The codebook in use.</summary>
    public TypologyCodebook Codebook { get; } = codebook;

    /// <summary>
    /// Whether the paper's readings count as evidence (<see cref="Readings"/>). By default they do
    /// not: a justification, tie or inducement that is only Cooper's interpretation is left out, so
    /// the scores cannot simply repeat the paper (<c>--with-readings</c> shows what counting them gives).
    /// </summary>
    public bool WithReadings { get; } = withReadings;

    /// <summary>Computes every indicator's raw value for a coalition (the part that reads the data; calibration comes after).</summary>
    public ImmutableDictionary<string, RawMeasure> Measure(Coalition coalition)
    {
        var evidence = WithReadings ? coalition : Readings.Without(coalition);
        return Codebook.Indicators.ToImmutableDictionary(i => i.Id, i => IndicatorLibrary.Computations[i.Computation](evidence));
    }

    /// <summary>Classifies one coalition.</summary>
    public CaseClassification Classify(Coalition coalition) => Score(coalition.Id, coalition.Name, Measure(coalition), Codebook);

    /// <summary>Classifies several coalitions, in the order given.</summary>
    public ImmutableArray<CaseClassification> ClassifyAll(IEnumerable<Coalition> coalitions) => [.. coalitions.Select(Classify)];

    /// <summary>Calibrates and combines raw measures under a codebook (the robustness check re-scores with perturbed codebooks).</summary>
    public static CaseClassification Score(CoalitionId id, string name, IReadOnlyDictionary<string, RawMeasure> raw, TypologyCodebook codebook)
    {
        var axes = ImmutableArray.CreateBuilder<AxisScore>();
        foreach (var axis in AxisInfo.All)
        {
            var values = new List<IndicatorValue>();
            var memberships = new Dictionary<string, double?>(StringComparer.Ordinal);
            foreach (var def in codebook.IndicatorsOf(axis))
            {
                var measure = raw[def.Id];
                double? membership = null;
                string? missing = measure.Missing;
                if (measure.HasData)
                    (membership, missing) = def.Calibration.Calibrate(measure, codebook.Convention);
                memberships[def.Id] = membership;
                values.Add(new IndicatorValue(
                    def.Id, def.Name, axis, measure.Value, measure.Category, membership, def.Calibration.Describe(codebook.Convention),
                    measure.Computation,
                    measure.Evidence, missing));
            }

            var rule = codebook.Rules[axis];
            double? m = rule.Evaluate(memberships);
            // Bounds: what the rule gives if every indicator without data were at either pole (DESIGN, Measurement).
            double low = rule.Evaluate(memberships.ToDictionary(kv => kv.Key, kv => (double?)(kv.Value ?? 0.0), StringComparer.Ordinal)) ?? 0;
            double high = rule.Evaluate(memberships.ToDictionary(kv => kv.Key, kv => (double?)(kv.Value ?? 1.0), StringComparer.Ordinal)) ?? 1;
            axes.Add(new AxisScore(axis, m, rule.ToString(), $"{rule.Applied(memberships)} = {CombinationRule.Fmt(m)}", [.. values])
            {
                Low = Math.Min(low, high),
                High = Math.Max(low, high),
                Indeterminate = m is { } v && v >= codebook.IndeterminacyBand.Low && v <= codebook.IndeterminacyBand.High,
            });
        }

        return Place(id, name, axes.ToImmutable(), codebook.IndeterminacyBand);
    }

    /// <summary>
    /// The cell alone, without the explanation: the same calibration and rules as <see cref="Score"/>,
    /// but no strings or records built, for the robustness check's thousands of re-scorings.
    /// Null when an axis has no data or sits on the crossover.
    /// </summary>
    public static PropertyCell? CellOf(IReadOnlyDictionary<string, RawMeasure> raw, TypologyCodebook codebook)
    {
        var memberships = new Dictionary<string, double?>(codebook.Indicators.Length, StringComparer.Ordinal);
        foreach (var def in codebook.Indicators)
        {
            var measure = raw[def.Id];
            memberships[def.Id] = measure.HasData ? def.Calibration.Calibrate(measure, codebook.Convention).Membership : null;
        }

        Span<bool> poles = stackalloc bool[4];
        for (int i = 0; i < 4; i++)
        {
            double? m = codebook.Rules[AxisInfo.Core[i]].Evaluate(memberships);
            if (m is not { } value || Math.Abs(value - 0.5) < 1e-9)
                return null;
            poles[i] = value > 0.5;
        }

        return new PropertyCell(poles[0], poles[1], poles[2], poles[3]);
    }

    private static CaseClassification Place(CoalitionId id, string name, ImmutableArray<AxisScore> axes, (double Low, double High) band)
    {
        var flags = ImmutableArray.CreateBuilder<string>();
        foreach (var a in axes)
        {
            if (a.Membership is null)
                flags.Add($"no data on {AxisInfo.Key(a.Axis)} ({AxisInfo.Letter(a.Axis)}): none of its indicators could be computed");
            else if (a.AtCrossover)
                flags.Add($"{AxisInfo.Key(a.Axis)} ({AxisInfo.Letter(a.Axis)}) sits exactly at the crossover 0.5: the case cannot be assigned on this axis; nudge an anchor or add data");
            else if (a.Indeterminate)
                flags.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{AxisInfo.Key(a.Axis)} ({AxisInfo.Letter(a.Axis)}) is indeterminate: {a.Membership:0.###} lies in the band {band.Low}–{band.High} around the crossover"));
        }

        var core = AxisInfo.Core.Select(axis => axes.Single(a => a.Axis == axis).Membership).ToArray();
        if (core.Any(m => m is null))
            return new CaseClassification(id, name, axes, null, ModelKind.Undetermined, null, null, null, null, null, flags.ToImmutable());

        double h = core[0]!.Value, c = core[1]!.Value, s = core[2]!.Value, t = core[3]!.Value;
        double one = PropertyCell.All[15].MembershipOf(h, c, s, t);
        double two = PropertyCell.All[0].MembershipOf(h, c, s, t);
        double best = PropertyCell.All.Max(cell => cell.MembershipOf(h, c, s, t));
        double dOne = Math.Sqrt(core.Sum(m => Math.Pow(1 - m!.Value, 2)) / 4);
        double dTwo = Math.Sqrt(core.Sum(m => Math.Pow(m!.Value, 2)) / 4);
        bool onCrossover = axes.Where(a => AxisInfo.Core.Contains(a.Axis)).Any(a => a.AtCrossover);
        PropertyCell? cell = onCrossover ? null : new PropertyCell(h > 0.5, c > 0.5, s > 0.5, t > 0.5);
        return new CaseClassification(
            id, name, axes, cell, cell?.Model ?? ModelKind.Undetermined, one, two, 1 - best, dOne, dTwo, flags.ToImmutable());
    }
}
