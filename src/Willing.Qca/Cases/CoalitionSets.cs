using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Lifecycle.Cases;
using Willing.Typology;
using Willing.Typology.Analysis;
using Willing.Typology.Classification;
using Willing.Typology.Sets;

namespace Willing.Qca.Cases;

/// <summary>
/// The coalitions of a case base as QCA cases: their memberships in Cooper's axes and in the typology's
/// indicators as conditions, and outcomes computed from their own dated facts.
/// </summary>
/// <remarks>
/// <para>Conditions: the five axes of the property space (<c>H C S T R</c>) and the cross-cutting <c>D</c>, as the
/// typology scores them (1 = the model-one pole; unknown where an axis is undetermined), and every indicator's
/// calibrated membership under its id (<c>H1</c>, <c>C3</c>, …). They are the typology's numbers, not re-measured.</para>
/// <para>Outcomes, each from the case file's dates, never from a placement:</para>
/// <list type="bullet">
/// <item><c>EXIT</c>: the share of members that left before the end (the typology's outcome set, calibrated 0.02 / 0.15 / 0.40).</item>
/// <item><c>LEAVING</c>: crisp, 1 when members that left unilaterally in the first 24 months (Cooper's "coalition of the
/// leaving", §3) are at least a third of the members present in those months; leaders are not counted. Scheduled
/// exits and leavings that are no exits (<see cref="ExitKinds"/>) do not count.</item>
/// <item><c>TREATY</c>: crisp, 1 when the treaty the coalition sought entered into force within 24 months of its opening
/// for signature (the case's first signature event and first general entry-into-force event); unknown unless the
/// coalition sought an instrument in a forum of treaty-making (its relation to institutions within or outside the
/// standing forum) and recorded its signature: a military coalition has no treaty, and 0 would claim a failure.</item>
/// </list>
/// </remarks>
public static class CoalitionSets
{
    /// <summary>The outcome sets computed here, with their meaning.</summary>
    public static readonly ImmutableArray<(string Name, string Meaning)> Outcomes =
    [
        ("EXIT", "early exits: the share of members that left before the coalition ended (calibrated 0.02 / 0.15 / 0.40)"),
        ("LEAVING", "lost a third of its members within two years: unilateral exits in months 0-23 over members present then (leaders left out)"),
        ("TREATY", "treaty in force within two years of its opening for signature (unknown for a coalition outside treaty-making, or without a signature event)"),
    ];

    /// <summary>The table of the given coalitions under a typology engine.</summary>
    public static SetTable Of(IReadOnlyList<Coalition> coalitions, TypologyEngine engine, CalibrationConvention convention = CalibrationConvention.Ragin) =>
        Of(coalitions, [.. coalitions.Select(engine.Classify)], convention);

    /// <summary>The table of the given coalitions, classified already (one classification per coalition, in the same order).</summary>
    /// <exception cref="ArgumentException">The classifications are not one per coalition.</exception>
    public static SetTable Of(IReadOnlyList<Coalition> coalitions, IReadOnlyList<CaseClassification> classifications, CalibrationConvention convention = CalibrationConvention.Ragin)
    {
        if (classifications.Count != coalitions.Count || coalitions.Where((c, i) => c.Id != classifications[i].Case).Any())
            throw new ArgumentException("one classification per coalition, in the coalitions' order", nameof(classifications));
        var columns = new List<SetColumn>();
        foreach (var axis in AxisInfo.All)
        {
            columns.Add(new SetColumn(AxisInfo.Letter(axis), SetRole.Condition, $"the axis {AxisInfo.Key(axis)} (1 = the model-one pole), as the typology scores it",
                [.. classifications.Select(c => c[axis].Membership ?? double.NaN)]));
        }

        var indicatorIds = classifications.SelectMany(c => c.Axes).SelectMany(a => a.Indicators)
            .Select(i => (i.Id, i.Name)).Distinct().OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        foreach (var (id, name) in indicatorIds)
        {
            columns.Add(new SetColumn(id, SetRole.Condition, $"indicator {id}: {name}",
                [.. classifications.Select(c => c.Axes.SelectMany(a => a.Indicators).FirstOrDefault(i => i.Id == id)?.Membership ?? double.NaN)]));
        }

        var notes = new List<string>();
        var exit = CaseOutcomes.Definitions["EXIT"];
        columns.Add(new SetColumn("EXIT", SetRole.Outcome, Outcomes[0].Meaning,
            [.. coalitions.Select(c => DirectCalibration.Calibrate(exit.Raw(c), exit.Anchors, convention))]));
        columns.Add(new SetColumn("LEAVING", SetRole.Outcome, Outcomes[1].Meaning, [.. coalitions.Select(c => Leaving(c, notes))]));
        columns.Add(new SetColumn("TREATY", SetRole.Outcome, Outcomes[2].Meaning, [.. coalitions.Select(c => Treaty(c, notes))]));
        return new SetTable("coalitions", [.. coalitions.Select(c => c.Id.Value)], [.. columns], [.. notes]);
    }

    /// <summary>1 when the unilateral exits of the first 24 months are at least a third of the members present then; 0 otherwise.</summary>
    internal static double Leaving(Coalition coalition, List<string> notes)
    {
        var timeline = Timeline.Of(coalition);
        const int window = 24;
        var present = timeline.Members.Where(s => !s.IsLeader && s.StartMonth < window).ToList();
        if (present.Count == 0)
        {
            notes.Add($"{coalition.Id}: no member besides the leaders in its first two years; LEAVING unknown");
            return double.NaN;
        }

        int left = present.Count(s => s.Kind == ExitKind.Unilateral && s.EndMonth is int end && end < window);
        return 3 * left >= present.Count ? 1 : 0;
    }

    /// <summary>1 when the first general entry into force came within 24 months of the first signature; NaN without a signature.</summary>
    internal static double Treaty(Coalition coalition, List<string> notes)
    {
        // Only a coalition that sought an instrument in a forum of treaty-making has a treaty to bring into force; the
        // agreements a military coalition signs (status of forces, ceasefires) are not what it was formed for.
        if (coalition.Institutions.Relation is not (InstitutionalRelation.WithinStandingForum or InstitutionalRelation.OutsideStandingForum))
            return double.NaN;
        var signature = coalition.Events.Where(e => e.Kind == EventKind.Signature).OrderBy(e => e.Date).FirstOrDefault();
        if (signature is null)
            return double.NaN;
        var inForce = coalition.Events.Where(e => e.Kind == EventKind.EntryIntoForce)
            .OrderBy(e => e.Subject is null ? 0 : 1).ThenBy(e => e.Date).FirstOrDefault();
        if (inForce is null)
            return 0;
        if (inForce.Subject is not null)
            notes.Add($"{coalition.Id}: no general entry into force recorded; {inForce.Id} (for {inForce.Subject}) taken");
        int days = inForce.Date.EarliestDay.DayNumber - signature.Date.LatestDay.DayNumber;
        if (inForce.Date.Precision != DatePrecision.Day || signature.Date.Precision != DatePrecision.Day)
            notes.Add($"{coalition.Id}: signature {signature.Date} and entry into force {inForce.Date} are not both exact days; the shortest span they allow is used");
        return days <= 730 ? 1 : 0;
    }
}
