using Willing.Core.Model;
using Willing.Lifecycle.Cases;
using Willing.Typology.Sets;

namespace Willing.Qca.Cases;

/// <summary>
/// The members of one coalition as QCA cases, in the style of Mello's (2020) fsQCA of the leaders who took their
/// countries out of the Iraq coalition early: conditions from each member's own dated facts while it was a member,
/// and the outcome "left early".
/// </summary>
/// <remarks>
/// <para>The members are the subjects of the case's event history (<see cref="EventHistory"/>, default options):
/// the troop contributors when the case has any, leaders left out. Every condition is read over the months the
/// member was in, from the month it joined to the month it left (or the case's last month):</para>
/// <list type="bullet">
/// <item><c>ELECTION</c> (crisp): it held an election (an event of kind election with it as subject).</item>
/// <item><c>GOVCHANGE</c> (crisp): its head of government changed (an event marked government_changed).</item>
/// <item><c>CASUALTIES</c> (fuzzy): its military deaths, the larger of the recorded total and the dated casualty
/// events, calibrated by the direct method with full non-membership 0, crossover 4.5 (five deaths or more are in the
/// set) and full membership 25 deaths; a member with neither is taken to have lost no one (noted).</item>
/// <item><c>TROOPS</c> (fuzzy): its largest troop figure, calibrated with full non-membership 100 (a token
/// detachment), crossover 499.5 (a battalion of 500 or more is in the set) and full membership 2,000 (about a
/// brigade); unknown without one.</item>
/// <item><c>PAYMENTS</c> (crisp): it received a payment-like inducement (a side-payment, loan, debt relief, aid,
/// military aid, trade concession, contract, status gain or accession promise) by the time it left.</item>
/// <item><c>EARLY</c> (outcome, crisp): it left unilaterally, that is before the mandate or deadline that ended the
/// mission (<see cref="ExitKinds"/>; scheduled exits and leavings that are no exits are 0).</item>
/// </list>
/// <para>The anchors are set from what the numbers mean (unit sizes, a handful of deaths) and varied by the robustness
/// check; the crossovers lie between whole numbers, so that no count sits at exactly 0.5 and drops out of every
/// truth-table row (at 5 and 500, Georgia's and El Salvador's five deaths did); Mello (2020) also codes partisanship (a left-wing
/// government), which the case files do not hold, so his central path (leadership change with a left government
/// and no upcoming election) cannot be tested as such.</para>
/// </remarks>
public static class MemberSets
{
    /// <summary>The casualty anchors (deaths).</summary>
    public static readonly Anchors CasualtyAnchors = new(25, 4.5, 0);

    /// <summary>The troop anchors (personnel).</summary>
    public static readonly Anchors TroopAnchors = new(2000, 499.5, 100);

    private static string Count(int n) => n == 1 ? "1 member" : $"{n} members";

    /// <summary>The table of one coalition's members.</summary>
    public static SetTable Of(Coalition coalition, CalibrationConvention convention = CalibrationConvention.Ragin)
    {
        var timeline = Timeline.Of(coalition);
        var history = EventHistory.Of(coalition, timeline);
        var spans = timeline.Members.ToDictionary(s => s.Actor);
        var rows = history.Rows.GroupBy(r => r.Member).ToDictionary(g => g.Key, g => g.ToList());
        int payments = history.Covariates.IndexOf("side_payments");
        int toDate = history.Covariates.IndexOf("casualties_to_date");
        var notes = new List<string>();
        var noDeaths = new List<string>();
        var noTroops = new List<string>();
        var cases = new List<string>();
        var election = new List<double>();
        var change = new List<double>();
        var casualties = new List<double>();
        var troops = new List<double>();
        var paid = new List<double>();
        var early = new List<double>();
        foreach (var actor in history.Subjects)
        {
            if (!rows.TryGetValue(actor, out var own) || own.Count == 0)
                continue;
            var span = spans[actor];
            int first = own[0].Start, last = own[^1].Start;
            bool In(CoalitionEvent e) => e.Subject == actor && history.Clock.Event(e.Date) is int m && m >= first && m <= last;
            cases.Add(actor.Value);
            election.Add(coalition.Events.Any(e => e.Kind == EventKind.Election && In(e)) ? 1 : 0);
            change.Add(coalition.Events.Any(e => e.GovernmentChanged == true && In(e)) ? 1 : 0);
            double dated = own[^1].Values[toDate];
            double deaths = Math.Max(span.Deaths ?? 0, double.IsNaN(dated) ? 0 : dated);
            if (span.Deaths is null && !(dated > 0))
                noDeaths.Add(actor.Value);
            casualties.Add(DirectCalibration.Calibrate(deaths, CasualtyAnchors, convention));
            troops.Add(span.PeakTroops is decimal p ? DirectCalibration.Calibrate((double)p, TroopAnchors, convention) : double.NaN);
            if (span.PeakTroops is null)
                noTroops.Add(actor.Value);
            paid.Add(own[^1].Values[payments] > 0 ? 1 : 0);
            early.Add(own[^1].Event ? 1 : 0);
        }

        // One note per rule, naming the members, rather than a line per member (a campaign's members have neither).
        if (noDeaths.Count > 0)
            notes.Add($"{Count(noDeaths.Count)} with no deaths recorded, taken as none: {string.Join(", ", noDeaths)}");
        if (noTroops.Count > 0)
            notes.Add($"{Count(noTroops.Count)} with no troop figure, TROOPS unknown: {string.Join(", ", noTroops)}");
        notes.AddRange(history.Notes);
        return new SetTable($"members of {coalition.Id}", [.. cases],
        [
            new("ELECTION", SetRole.Condition, "held an election while a member", [.. election]),
            new("GOVCHANGE", SetRole.Condition, "its head of government changed while a member", [.. change]),
            new("CASUALTIES", SetRole.Condition, "military deaths (direct calibration 0 / 4.5 / 25)", [.. casualties]),
            new("TROOPS", SetRole.Condition, "largest troop figure (direct calibration 100 / 499.5 / 2,000)", [.. troops]),
            new("PAYMENTS", SetRole.Condition, "received a payment-like inducement by the time it left", [.. paid]),
            new("EARLY", SetRole.Outcome, "left unilaterally, before the mandate or deadline ended the mission", [.. early]),
        ], [.. notes.Distinct()]);
    }
}
