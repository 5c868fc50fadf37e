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
    public ImmutableDictionary<string, RawMeasure> Measure(Coalition coalition) =>
        MeasureEvidence(WithReadings ? coalition : Readings.Without(coalition));

    /// <summary>Computes every indicator's raw value from a coalition taken as evidence as it is (readings already removed or deliberately kept).</summary>
    public ImmutableDictionary<string, RawMeasure> MeasureEvidence(Coalition evidence) =>
        Codebook.Indicators.ToImmutableDictionary(i => i.Id, i => IndicatorLibrary.Computations[i.Computation](evidence));

    /// <summary>Classifies one coalition.</summary>
    public CaseClassification Classify(Coalition coalition) => Score(coalition.Id, coalition.Name, Measure(coalition), Codebook);

    /// <summary>
    /// Classifies each of a coalition's declared periods on the evidence dated within it
    /// (<see cref="CasePeriods.Slice"/>), in the file's order: the coalition's path through the
    /// property space. Empty when the file declares no periods.
    /// </summary>
    public ImmutableArray<CaseClassification> ClassifyPeriods(Coalition coalition) =>
        [.. coalition.Periods.Select(p =>
        {
            var slice = CasePeriods.Slice(coalition, p);
            return Classify(slice.Coalition) with
            {
                Period = p.Id.Value,
                PeriodName = p.Name,
                PeriodSpan = $"{p.Start}–{(p.End is { } e ? e.ToString() : string.Empty)}",
                UndatedKept = slice.UndatedCount,
            };
        })];

    /// <summary>Classifies several coalitions, in the order given.</summary>
    public ImmutableArray<CaseClassification> ClassifyAll(IEnumerable<Coalition> coalitions) => [.. coalitions.Select(Classify)];

    /// <summary>Calibrates and combines raw measures under a codebook (the robustness check re-scores with perturbed codebooks).</summary>
    public static CaseClassification Score(CoalitionId id, string name, IReadOnlyDictionary<string, RawMeasure> raw, TypologyCodebook codebook)
    {
        var axes = ImmutableArray.CreateBuilder<AxisScore>();
        var terms = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var axis in AxisInfo.All)
        {
            var values = new List<IndicatorValue>();
            var memberships = new Dictionary<string, double?>(StringComparer.Ordinal);
            var lows = new Dictionary<string, double?>(StringComparer.Ordinal);
            var highs = new Dictionary<string, double?>(StringComparer.Ordinal);
            foreach (var def in codebook.IndicatorsOf(axis))
            {
                var measure = raw[def.Id];
                double? membership = null;
                string? missing = measure.Missing;
                double? shrunk = codebook.WilsonZ is { } z && measure.N is not null ? measure.Shrunk(z, ShrinkTarget(def)) : null;
                if (measure.HasData)
                    (membership, missing) = def.Calibration.Calibrate(shrunk is { } sv ? measure with { Value = sv } : measure, codebook.Convention);
                memberships[def.Id] = membership;
                // A raw value known only as an interval (ranges, bounds) carries its ends into the axis bounds.
                (lows[def.Id], highs[def.Id]) = (membership, membership);
                if (membership is not null && measure.Interval is { } iv)
                {
                    double? a = def.Calibration.Calibrate(measure with { Value = iv.Low }, codebook.Convention).Membership;
                    double? b = def.Calibration.Calibrate(measure with { Value = Math.Min(iv.High, 1e15) }, codebook.Convention).Membership;
                    if (a is { } x && b is { } y)
                        (lows[def.Id], highs[def.Id]) = (Math.Min(Math.Min(x, y), membership.Value), Math.Max(Math.Max(x, y), membership.Value));
                }

                values.Add(new IndicatorValue(
                    def.Id, def.Name, axis, measure.Value, measure.Category, membership, def.Calibration.Describe(codebook.Convention),
                    measure.Computation,
                    measure.Evidence, missing)
                {
                    Share = measure.Count is { } k && measure.N is { } n ? (k, n) : null,
                    Shrunk = shrunk,
                    Interval = measure.Interval,
                });
            }

            if (!codebook.Rules.TryGetValue(axis, out var rule))
            {
                // A codebook written before the set existed (D came with codebook 2.1) leaves it unscored.
                axes.Add(new AxisScore(axis, null, "none", "not defined by this codebook", [.. values]) { Low = 0, High = 1 });
                continue;
            }

            var (m, measured) = codebook.Evaluate(axis, memberships, terms);
            var dimensions = codebook.DimensionsOf(axis)
                .Select(d => new DimensionValue(d.Id, d.Name, terms[d.Id], d.Rule.ToString(), $"{d.Rule.Applied(memberships)} = {CombinationRule.Fmt(terms[d.Id])}"))
                .ToImmutableArray();
            string applied = m is null
                ? $"{rule.Applied(terms)}: {measured} of {terms.Count} measured, the coverage rule asks {codebook.MinMeasuredOf(axis)}, so undetermined"
                : $"{rule.Applied(terms)} = {CombinationRule.Fmt(m)}";

            // Bounds: what the rules give if every indicator without data were at either pole (DESIGN, Measurement).
            var scratch = new Dictionary<string, double?>(StringComparer.Ordinal);
            double low = Bound(codebook, axis, lows, 0.0, scratch);
            double high = Bound(codebook, axis, highs, 1.0, scratch);
            axes.Add(new AxisScore(axis, m, rule.ToString(), applied, [.. values])
            {
                Dimensions = dimensions,
                MinMeasured = codebook.MinMeasuredOf(axis),
                Low = Math.Min(low, high),
                High = Math.Max(low, high),
                Indeterminate = m is { } v && v >= codebook.IndeterminacyBand.Low && v <= codebook.IndeterminacyBand.High,
            });
        }

        return Place(id, name, axes.ToImmutable(), codebook.IndeterminacyBand);
    }

    /// <summary>Where a count share is shrunk towards: the indicator's crossover (maximal ambiguity), or one half without direct anchors.</summary>
    private static double ShrinkTarget(IndicatorDefinition def) => def.Calibration is DirectCalibrationSpec d ? d.Anchors.Crossover : 0.5;

    private static double Bound(TypologyCodebook codebook, Axis axis, Dictionary<string, double?> memberships, double fill, Dictionary<string, double?> scratch)
    {
        var filled = memberships.ToDictionary(kv => kv.Key, kv => (double?)(kv.Value ?? fill), StringComparer.Ordinal);
        return codebook.Evaluate(axis, filled, scratch).Membership ?? fill;
    }

    /// <summary>
    /// The cell alone, without the explanation: the same calibration and rules as <see cref="Score"/>,
    /// but no strings or records built, for the robustness check's thousands of re-scorings.
    /// Null when an axis is undetermined or sits on the crossover.
    /// </summary>
    public static PropertyCell? CellOf(IReadOnlyDictionary<string, RawMeasure> raw, TypologyCodebook codebook)
    {
        var memberships = new Dictionary<string, double?>(codebook.Indicators.Length, StringComparer.Ordinal);
        foreach (var def in codebook.Indicators)
        {
            var measure = raw[def.Id];
            if (!measure.HasData)
            {
                memberships[def.Id] = null;
                continue;
            }

            var input = codebook.WilsonZ is { } z && measure.N is not null ? measure with { Value = measure.Shrunk(z, ShrinkTarget(def)) } : measure;
            memberships[def.Id] = def.Calibration.Calibrate(input, codebook.Convention).Membership;
        }

        var terms = new Dictionary<string, double?>(StringComparer.Ordinal);
        Span<bool> poles = stackalloc bool[5];
        for (int i = 0; i < 5; i++)
        {
            double? m = codebook.Evaluate(AxisInfo.Cell[i], memberships, terms).Membership;
            if (m is not { } value || Math.Abs(value - 0.5) < 1e-9)
                return null;
            poles[i] = value > 0.5;
        }

        return new PropertyCell(poles[0], poles[1], poles[2], poles[3], poles[4]);
    }

    private static CaseClassification Place(CoalitionId id, string name, ImmutableArray<AxisScore> axes, (double Low, double High) band)
    {
        var flags = ImmutableArray.CreateBuilder<string>();
        foreach (var a in axes)
        {
            string key = AxisInfo.Key(a.Axis);
            if (a.Membership is null)
                flags.Add($"undetermined:{key}");
            else if (a.AtCrossover || a.Indeterminate)
                flags.Add($"indeterminate:{key}");
            if (a.Membership is not null && a.BoundsStraddle)
                flags.Add($"bounds-straddle:{key}");
        }

        var m = AxisInfo.Cell.Select(axis => axes.Single(a => a.Axis == axis).Membership).ToArray();
        if (m.Take(4).Any(x => x is null))
            return new CaseClassification(id, name, axes, null, ModelKind.Undetermined, null, null, null, null, null, flags.ToImmutable());

        double h = m[0]!.Value, c = m[1]!.Value, s = m[2]!.Value, t = m[3]!.Value;
        var core = new[] { h, c, s, t };
        double one = Math.Min(Math.Min(h, c), Math.Min(s, t));
        double two = Math.Min(Math.Min(1 - h, 1 - c), Math.Min(1 - s, 1 - t));
        double best = PropertyCell.All.Where(x => !x.R).Max(cell => cell.CornerMembershipOf(h, c, s, t));
        double dOne = Math.Sqrt(core.Sum(x => Math.Pow(1 - x, 2)) / 4);
        double dTwo = Math.Sqrt(core.Sum(x => Math.Pow(x, 2)) / 4);
        bool onCrossover = axes.Where(a => AxisInfo.Cell.Contains(a.Axis)).Any(a => a.AtCrossover);
        PropertyCell? cell = onCrossover || m[4] is null ? null : new PropertyCell(h > 0.5, c > 0.5, s > 0.5, t > 0.5, m[4]!.Value > 0.5);
        bool cornerOnCrossover = axes.Where(a => AxisInfo.Core.Contains(a.Axis)).Any(a => a.AtCrossover);
        var model = cornerOnCrossover ? ModelKind.Undetermined : (cell?.Model ?? new PropertyCell(h > 0.5, c > 0.5, s > 0.5, t > 0.5, false).Model);
        return new CaseClassification(id, name, axes, cell, model, one, two, 1 - best, dOne, dTwo, flags.ToImmutable());
    }
}
