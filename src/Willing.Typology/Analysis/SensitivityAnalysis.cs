using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Core.Sources;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;
using Willing.Typology.Indicators;
using Willing.Typology.Sets;

namespace Willing.Typology.Analysis;

/// <summary>
/// What a placement hangs on (Skaaning 2011; the SetMethods protocol): the cell under each
/// alternative aggregation and missing-data rule, with each single fact and each single indicator
/// deleted (jackknife), with each alternative value the file records, and how far each anchor can
/// move before the cell changes. Deterministic and exhaustive: no random draws.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>How finely an anchor's range is searched: steps per anchor span, in each direction up to one span.</summary>
    public const int AnchorSteps = 200;

    /// <summary>Analyses one case.</summary>
    public static CaseSensitivity Of(Coalition coalition, TypologyCodebook codebook, bool withReadings = false)
    {
        var engine = new TypologyEngine(codebook, withReadings);
        var raw = engine.Measure(coalition);
        var baseline = TypologyEngine.Score(coalition.Id, coalition.Name, raw, codebook);
        string? cell = baseline.Cell?.Code;

        var rules = RuleVariants(codebook)
            .Select(v => new VariantOutcome(v.Name, v.Description, TypologyEngine.CellOf(raw, v.Codebook)?.Code))
            .Append(new VariantOutcome("missing-at-0", "every indicator without data set to 0 (the lower bounds)", BoundCell(baseline, low: true)))
            .Append(new VariantOutcome("missing-at-1", "every indicator without data set to 1 (the upper bounds)", BoundCell(baseline, low: false)))
            .ToImmutableArray();

        var indicators = codebook.Indicators
            .Where(i => raw[i.Id].HasData)
            .Select(i => new VariantOutcome(i.Id, i.Name, TypologyEngine.CellOf(raw.SetItem(i.Id, RawMeasure.None("left out by the jackknife")), codebook)?.Code))
            .ToImmutableArray();

        var facts = ImmutableArray.CreateBuilder<FactOutcome>();
        int factCount = 0;
        foreach (var variant in FactVariants.Deletions(withReadings ? coalition : Readings.Without(coalition)))
        {
            factCount++;
            var result = TypologyEngine.Score(coalition.Id, coalition.Name, engine.MeasureEvidence(variant.Coalition), codebook);
            var moved = Moved(baseline, result);
            if (result.Cell?.Code != cell || !moved.IsEmpty)
                facts.Add(new FactOutcome(variant.Path, variant.Description, result.Cell?.Code, moved));
        }

        var alternatives = FactVariants.Alternatives(coalition)
            .Select(v => (v, result: engine.Classify(v.Coalition)))
            .Select(x => new FactOutcome(x.v.Path, x.v.Description, x.result.Cell?.Code, Moved(baseline, x.result)))
            .ToImmutableArray();

        var anchors = AnchorRanges(raw, codebook, cell).ToImmutableArray();
        return new CaseSensitivity(coalition.Id, coalition.Name, cell, baseline.Model, rules, indicators, factCount, facts.ToImmutable(), alternatives, anchors);
    }

    /// <summary>The alternative rules, each a whole codebook: compensatory axes, compensatory or weakest-link dimensions, no shrinkage, no coverage rule.</summary>
    public static IEnumerable<(string Name, string Description, TypologyCodebook Codebook)> RuleVariants(TypologyCodebook codebook)
    {
        yield return ("index-axes", "every axis rule replaced by the mean of its dimensions", codebook with { Rules = codebook.Rules.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.AsIndex()) });
        if (!codebook.Dimensions.IsEmpty)
        {
            yield return ("index-dimensions", "every dimension rule replaced by the mean of its indicators", codebook with { Dimensions = [.. codebook.Dimensions.Select(d => d with { Rule = d.Rule.AsIndex() })] });
            yield return ("and-dimensions", "every dimension rule replaced by the minimum of its indicators", codebook with { Dimensions = [.. codebook.Dimensions.Select(d => d with { Rule = d.Rule.AsAnd() })] });
            yield return ("or-dimensions", "every dimension rule replaced by the maximum of its indicators", codebook with { Dimensions = [.. codebook.Dimensions.Select(d => d with { Rule = d.Rule.AsOr() })] });
        }

        if (codebook.WilsonZ is not null)
            yield return ("no-shrinkage", "count shares calibrated as counted, not shrunk", codebook with { WilsonZ = null });
        if (!codebook.MinMeasured.IsEmpty)
            yield return ("no-coverage-rule", "every axis scored from a single measured dimension", codebook with { MinMeasured = ImmutableDictionary<Axis, int>.Empty });
    }

    private static string? BoundCell(CaseClassification c, bool low)
    {
        var m = AxisInfo.Cell.Select(a => low ? c[a].Low : c[a].High).ToArray();
        if (m.Any(x => Math.Abs(x - 0.5) < 1e-9))
            return null;
        return new PropertyCell(m[0] > 0.5, m[1] > 0.5, m[2] > 0.5, m[3] > 0.5, m[4] > 0.5).Code;
    }

    /// <summary>The sets whose side of the crossover (<see cref="AxisScore.Side"/>) differs between two classifications of a case.</summary>
    private static ImmutableArray<Axis> Moved(CaseClassification before, CaseClassification after) =>
        [.. AxisInfo.Cell.Where(a => before[a].Side != after[a].Side)];

    /// <summary>For each anchor of each directly calibrated indicator with data: how far it can move, each way, before the cell changes.</summary>
    private static IEnumerable<AnchorRange> AnchorRanges(ImmutableDictionary<string, RawMeasure> raw, TypologyCodebook codebook, string? cell)
    {
        if (cell is null)
            yield break;
        foreach (var def in codebook.Indicators)
        {
            if (def.Calibration is not DirectCalibrationSpec direct || !raw[def.Id].HasData)
                continue;
            var a = direct.Anchors;
            double span = Math.Abs(a.FullMembership - a.FullNonMembership);
            foreach (var which in new[] { "full", "crossover", "non" })
            {
                double at = which switch { "full" => a.FullMembership, "crossover" => a.Crossover, _ => a.FullNonMembership };
                double? Search(int sign)
                {
                    double last = at;
                    for (int step = 1; step <= AnchorSteps; step++)
                    {
                        double x = at + (sign * step * span / AnchorSteps);
                        var moved = which switch
                        {
                            "full" => Anchors.TryCreate(x, a.Crossover, a.FullNonMembership, out _),
                            "crossover" => Anchors.TryCreate(a.FullMembership, x, a.FullNonMembership, out _),
                            _ => Anchors.TryCreate(a.FullMembership, a.Crossover, x, out _),
                        };
                        if (moved is null)
                            return last;   // the anchors' order ends the range
                        var edited = codebook with { Indicators = codebook.Indicators.Select(i => i.Id == def.Id ? i with { Calibration = new DirectCalibrationSpec(moved.Value) } : i).ToImmutableArray() };
                        if (TypologyEngine.CellOf(raw, edited)?.Code != cell)
                            return last;
                        last = x;
                    }

                    return null;   // no change within one span
                }

                yield return new AnchorRange(def.Id, which, at, Search(-1), Search(+1));
            }
        }
    }
}

/// <summary>One case's sensitivity.</summary>
/// <param name="Case">The case.</param>
/// <param name="Name">Its name.</param>
/// <param name="Cell">Its cell under the codebook as written.</param>
/// <param name="Model">Its model.</param>
/// <param name="Rules">The cell under each alternative rule.</param>
/// <param name="Indicators">The cell with each indicator that has data left out.</param>
/// <param name="Facts">How many single-fact deletions were tried.</param>
/// <param name="PivotalFacts">The facts whose deletion alone changes the cell or an axis's side: what the placement hangs on.</param>
/// <param name="Alternatives">The cell under each recorded alternative value.</param>
/// <param name="Anchors">Each anchor's range within which the cell stays.</param>
public sealed record CaseSensitivity(
    CoalitionId Case,
    string Name,
    string? Cell,
    ModelKind Model,
    ImmutableArray<VariantOutcome> Rules,
    ImmutableArray<VariantOutcome> Indicators,
    int Facts,
    ImmutableArray<FactOutcome> PivotalFacts,
    ImmutableArray<FactOutcome> Alternatives,
    ImmutableArray<AnchorRange> Anchors)
{
    /// <summary>The share of alternative rules under which the case keeps its cell.</summary>
    public double RuleKeepRate => Rules.IsEmpty ? 1 : (double)Rules.Count(r => r.Cell == Cell) / Rules.Length;

    /// <summary>The share of single-fact deletions under which the case keeps its cell.</summary>
    public double FactKeepRate => Facts == 0 ? 1 : 1 - ((double)PivotalFacts.Count(f => f.Cell != Cell) / Facts);

    /// <summary>The share of single-indicator deletions under which the case keeps its cell (a deletion that leaves a set unmeasured is not counted as a move).</summary>
    public double IndicatorKeepRate => Indicators.IsEmpty ? 1 : 1 - ((double)PivotalIndicators.Count() / Indicators.Length);

    /// <summary>The indicators whose deletion alone moves the case to another cell (not merely to undetermined, which a set measured by one indicator always is).</summary>
    public IEnumerable<VariantOutcome> PivotalIndicators => Indicators.Where(i => i.Cell is not null && i.Cell != Cell);

    /// <summary>Flags: <c>rests-on-one-fact:X</c> for each set whose side one fact's deletion changes, <c>rests-on-one-indicator:X</c> likewise for indicators.</summary>
    public ImmutableArray<string> Flags(TypologyCodebook codebook) =>
        [.. PivotalFacts.SelectMany(f => f.Moved).Distinct().Order().Select(a => $"rests-on-one-fact:{AxisInfo.Letter(a)}"),
         .. PivotalIndicators.Select(i => codebook.Indicators.Single(d => d.Id == i.Name).Axis).Distinct().Order().Select(a => $"rests-on-one-indicator:{AxisInfo.Letter(a)}")];
}

/// <summary>The cell under one variant of the rules or the data.</summary>
/// <param name="Name">The variant's name (a rule variant, or an indicator id).</param>
/// <param name="Description">What it changes.</param>
/// <param name="Cell">The cell, or null when undetermined.</param>
public sealed record VariantOutcome(string Name, string Description, string? Cell);

/// <summary>What one fact's deletion (or one alternative value) does.</summary>
/// <param name="Path">The fact's path in the case file.</param>
/// <param name="Description">The fact in words.</param>
/// <param name="Cell">The cell without it (or with the alternative), or null when undetermined.</param>
/// <param name="Moved">The sets whose side changed.</param>
public sealed record FactOutcome(string Path, string Description, string? Cell, ImmutableArray<Axis> Moved);

/// <summary>How far one anchor can move before the case changes cell.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Anchor">full, crossover or non.</param>
/// <param name="Value">The anchor as written.</param>
/// <param name="Lowest">The lowest value keeping the cell (null: at least one anchor span below).</param>
/// <param name="Highest">The highest value keeping the cell (null: at least one anchor span above).</param>
public sealed record AnchorRange(string Indicator, string Anchor, double Value, double? Lowest, double? Highest);
