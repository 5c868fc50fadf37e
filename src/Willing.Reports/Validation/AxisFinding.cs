using System.Collections.Immutable;
using Willing.Typology;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Reports.Validation;

/// <summary>
/// Why one set of a case is not where the paper's reading expects it, down to the facts: its
/// membership and bounds, the dimensions that decide it and the indicators behind them, the
/// dimensions without data, and what counting the paper's own readings would change.
/// </summary>
/// <param name="Axis">The set.</param>
/// <param name="Expected">The expected pole: true for the model-one pole (1), false for the model-two pole (0).</param>
/// <param name="Score">The set as Willing measures it by default (the paper's readings left out).</param>
/// <param name="Rule">The kind of the axis rule that combines the terms: <c>and</c>, <c>or</c>, <c>index</c>, <c>first</c>, or <c>term</c> for a single one.</param>
/// <param name="Deciding">The terms that give the set its value (empty when it is undetermined).</param>
/// <param name="Missing">The terms without data.</param>
/// <param name="WithReadings">The set with the paper's readings counted.</param>
/// <param name="ReadingsAdd">The facts behind the set's indicators that only counting the paper's readings brings in.</param>
public sealed record AxisFinding(
    Axis Axis,
    bool Expected,
    AxisScore Score,
    string Rule,
    ImmutableArray<DecidingTerm> Deciding,
    ImmutableArray<MissingTerm> Missing,
    AxisScore WithReadings,
    ImmutableArray<Evidence> ReadingsAdd)
{
    /// <summary>True when the set could not be placed: undetermined, or exactly at the crossover.</summary>
    public bool Undetermined => PaperExpectation.Side(Score) is null;

    /// <summary>True when some filling of the missing data would put the set on the expected side (the bounds reach past the crossover towards it).</summary>
    public bool GapsCouldReach => Expected ? Score.High > 0.5 : Score.Low < 0.5;

    /// <summary>True when counting the paper's readings puts the set on the expected side.</summary>
    public bool ReadingsReach => PaperExpectation.Side(WithReadings) == Expected;

    /// <summary>Explains one set of a case against its expected pole.</summary>
    /// <param name="expected">The expected pole.</param>
    /// <param name="score">The set measured by default.</param>
    /// <param name="withReadings">The same set with the paper's readings counted.</param>
    /// <param name="codebook">The codebook that measured both: its axis and dimension rules say which terms decide.</param>
    public static AxisFinding Of(bool expected, AxisScore score, AxisScore withReadings, TypologyCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(withReadings);
        ArgumentNullException.ThrowIfNull(codebook);
        var axis = score.Axis;
        var rule = codebook.Rules[axis];
        var indicators = score.Indicators.ToDictionary(i => i.Id, i => i, StringComparer.Ordinal);
        var indicatorValues = score.Indicators.ToDictionary(i => i.Id, i => i.Membership, StringComparer.Ordinal);
        var definitions = codebook.DimensionsOf(axis).ToDictionary(d => d.Id, d => d, StringComparer.Ordinal);
        ImmutableArray<DecidingTerm> deciding;
        ImmutableArray<MissingTerm> missing;
        if (score.Dimensions.IsEmpty)
        {
            deciding = score.Membership is null ? [] : [.. Deciders(rule, indicatorValues).Select(id => indicators.GetValueOrDefault(id)).OfType<IndicatorValue>().Select(i => new DecidingTerm(null, [i]))];
            missing = [.. score.Indicators.Where(i => !i.HasData).Select(i => new MissingTerm(i.Id, i.Name, [i]))];
        }
        else
        {
            var dimensions = score.Dimensions.ToDictionary(d => d.Id, d => d, StringComparer.Ordinal);
            var dimensionValues = score.Dimensions.ToDictionary(d => d.Id, d => d.Membership, StringComparer.Ordinal);
            deciding = score.Membership is null
                ? []
                : [.. Deciders(rule, dimensionValues)
                    .Select(id => dimensions.GetValueOrDefault(id))
                    .OfType<DimensionValue>()
                    .Select(d => new DecidingTerm(d, definitions.TryGetValue(d.Id, out var def)
                        ? [.. Deciders(def.Rule, indicatorValues).Select(id => indicators.GetValueOrDefault(id)).OfType<IndicatorValue>()]
                        : []))];
            missing = [.. score.Dimensions
                .Where(d => d.Membership is null)
                .Select(d => new MissingTerm(d.Id, d.Name, definitions.TryGetValue(d.Id, out var def)
                    ? [.. def.Rule.Indicators.Distinct(StringComparer.Ordinal).Select(id => indicators.GetValueOrDefault(id)).OfType<IndicatorValue>().Where(i => !i.HasData)]
                    : []))];
        }

        // A reading is a fact the default measurement leaves out, so it shows as evidence only with readings counted.
        var known = score.Indicators.SelectMany(i => i.Evidence).Select(e => e.Fact).ToHashSet(StringComparer.Ordinal);
        var added = withReadings.Indicators.SelectMany(i => i.Evidence).Where(e => !known.Contains(e.Fact)).DistinctBy(e => e.Fact, StringComparer.Ordinal);
        return new AxisFinding(axis, expected, score, RuleKind(rule), deciding, missing, withReadings, [.. added]);
    }

    /// <summary>
    /// The terms of a rule that give it its value, down to the ids it names: for an <c>and</c> the
    /// lowest term (Goertz: the weakest necessary part), for an <c>or</c> the highest (the strongest
    /// substitute), for <c>first</c> the first with data, for an index every term with data; ties all count.
    /// </summary>
    internal static IEnumerable<string> Deciders(CombinationRule rule, IReadOnlyDictionary<string, double?> values) => rule switch
    {
        IndicatorTerm t => values.GetValueOrDefault(t.Id) is null ? [] : [t.Id],
        AndRule a => Extreme(a.Terms, values, lowest: true),
        OrRule o => Extreme(o.Terms, values, lowest: false),
        FirstRule f => f.Terms.FirstOrDefault(t => t.Evaluate(values) is not null) is { } first ? Deciders(first, values) : [],
        IndexRule i => i.Terms.SelectMany(t => Deciders(t.Term, values)).Distinct(StringComparer.Ordinal),
        _ => rule.Indicators.Where(id => values.GetValueOrDefault(id) is not null).Distinct(StringComparer.Ordinal),
    };

    private static IEnumerable<string> Extreme(ImmutableArray<CombinationRule> terms, IReadOnlyDictionary<string, double?> values, bool lowest)
    {
        var measured = terms.Select(t => (Term: t, Value: t.Evaluate(values))).Where(x => x.Value is not null).ToList();
        if (measured.Count == 0)
            return [];
        double extreme = lowest ? measured.Min(x => x.Value!.Value) : measured.Max(x => x.Value!.Value);
        return measured.Where(x => Math.Abs(x.Value!.Value - extreme) < 1e-9).SelectMany(x => Deciders(x.Term, values)).Distinct(StringComparer.Ordinal);
    }

    private static string RuleKind(CombinationRule rule) => rule switch
    {
        AndRule => "and",
        OrRule => "or",
        IndexRule => "index",
        FirstRule => "first",
        _ => "term",
    };
}
