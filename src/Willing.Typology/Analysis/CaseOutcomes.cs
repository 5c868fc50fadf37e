using System.Collections.Frozen;
using Willing.Core.Model;
using Willing.Typology.Classification;
using Willing.Typology.Sets;

namespace Willing.Typology.Analysis;

/// <summary>
/// The case-level sets a set-theoretic test can use: the five axes (H, C, S, T, R) and outcome sets
/// computed from the case data, such as early exits (Cooper §3, the "coalition of the leaving").
/// </summary>
public static class CaseOutcomes
{
    /// <summary>The outcome sets, with their meaning and calibration anchors (a design proposal).</summary>
    public static FrozenDictionary<string, OutcomeDefinition> Definitions { get; } = new OutcomeDefinition[]
    {
        new("EXIT", "early exits: the share of members that left before the coalition ended", new Anchors(0.4, 0.15, 0.02), ExitShare),
        new("LARGE", "a large coalition: the number of members", new Anchors(40, 15, 5), c => c.Members.Count()),
    }.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    /// <summary>Every set's membership for one case: the axes that have data and every outcome set.</summary>
    public static Dictionary<string, double> Sets(CaseClassification classification, Coalition coalition, CalibrationConvention convention = CalibrationConvention.Ragin)
    {
        var sets = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var axis in classification.Axes.Where(a => a.Membership is not null))
            sets[AxisInfo.Letter(axis.Axis)] = axis.Membership!.Value;
        foreach (var d in Definitions.Values)
            sets[d.Name] = DirectCalibration.Calibrate(d.Raw(coalition), d.Anchors, convention);
        return sets;
    }

    /// <summary>
    /// The share of members that left before the coalition's end (any exit, if it has not ended). A
    /// person's death or succession in office is not counted: Cooper's "coalition of the leaving"
    /// (§3) is members choosing to leave as the costs of staying rise, not an individual replaced.
    /// </summary>
    public static double ExitShare(Coalition c)
    {
        var members = c.Members.Where(m => m.Exit?.Reason is not (ExitReason.Death or ExitReason.Succession)).ToList();
        int left = members.Count(m => m.Left is { } l ? c.Period.End is not { } end || l.IsCertainlyBefore(end) : m.Exit is not null);
        return members.Count == 0 ? 0 : (double)left / members.Count;
    }
}

/// <summary>An outcome set computed from case data.</summary>
/// <param name="Name">Its name in set expressions, e.g. <c>EXIT</c>.</param>
/// <param name="Meaning">What it measures.</param>
/// <param name="Anchors">Its calibration anchors.</param>
/// <param name="Raw">The raw value for a coalition.</param>
public sealed record OutcomeDefinition(string Name, string Meaning, Anchors Anchors, Func<Coalition, double> Raw);
