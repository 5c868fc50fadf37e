using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Mechanisms.Alignment;

/// <summary>
/// The rule that derives Axelrod–Bennett propensities from the case base for a scenario's actors at its start month.
/// It is an operationalisation for illustration, not Axelrod and Bennett's own coding (they used 1936 data on
/// religion, border disputes, ethnic conflict, type of government and past wars).
/// </summary>
/// <remarks>
/// <para>
/// The cases read are the scenario's case and every case whose period contains the month (its start's earliest
/// month on or before it, and no end or an end whose latest month is on or after it). A tie end that is a person or
/// group acting for a state (<c>acts_for</c>) counts as that state. For each pair of actors <c>i ≠ j</c>:
/// </para>
/// <list type="bullet">
/// <item><c>c_ij</c>, cooperation: the number of those cases with at least one tie between <c>i</c> and <c>j</c> of a
/// cooperative kind (coordination, co-sponsorship, co-signing, organising, funding) in force in the month (begun by
/// its end, not ended before its start; an undated start counts as begun);</item>
/// <item><c>o_ij</c>, opposition: the number of those cases in which <c>i</c> and <c>j</c> are on opposite sides: one
/// a member in the month (a member's role, joined by the month's end, not left before its start) and the other
/// holding the role <c>opponent</c> or <c>target</c>, or an <c>opposition</c> tie between them in force in the month.</item>
/// </list>
/// <para>
/// Then <c>p_ij = c_ij − o_ij</c>. Lobbying, recruitment, chairing, membership and other ties do not count: they
/// are one side pressing or organising another, not a shared propensity. Each case counts once per pair and kind of
/// evidence, so a pair tied by many meetings in one case weighs no more than a pair tied once.
/// </para>
/// </remarks>
public static class AlignmentPropensities
{
    private static readonly ImmutableHashSet<TieKind> Cooperative =
        [TieKind.Coordination, TieKind.CoSponsorship, TieKind.CoSigning, TieKind.Organising, TieKind.Funding];

    /// <summary>The cases the rule reads for <paramref name="month"/>: <paramref name="scenarioCase"/> (when in the base) and every case in force that month.</summary>
    public static ImmutableArray<Coalition> CasesFor(CaseBase cases, ScenarioMonth month, CoalitionId? scenarioCase)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return [.. cases.Coalitions.Where(c => c.Id == scenarioCase || InForce(c.Period.Start, c.Period.End, month))];
    }

    /// <summary>The n × n propensities (row-major, symmetric, zero diagonal) of <paramref name="actors"/> in <paramref name="month"/>.</summary>
    public static ImmutableArray<double> Derive(CaseBase cases, IReadOnlyList<string> actors, ScenarioMonth month, CoalitionId? scenarioCase)
    {
        ArgumentNullException.ThrowIfNull(actors);
        int n = actors.Count;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
            index[actors[i]] = i;
        var p = new double[n * n];
        foreach (var coalition in CasesFor(cases, month, scenarioCase))
        {
            var actsFor = coalition.Actors.Where(a => a.ActsFor is not null).ToDictionary(a => a.Id.Value, a => a.ActsFor!.Value, StringComparer.Ordinal);
            int Resolve(ActorId id) => index.TryGetValue(actsFor.TryGetValue(id.Value, out string? s) ? s : id.Value, out int k) ? k : -1;
            var cooperation = new HashSet<(int, int)>();
            var opposition = new HashSet<(int, int)>();
            foreach (var tie in coalition.Ties.Where(t => InForce(t.Start, t.End, month)))
            {
                int a = Resolve(tie.From), b = Resolve(tie.To);
                if (a < 0 || b < 0 || a == b)
                    continue;
                if (Cooperative.Contains(tie.Kind))
                    cooperation.Add(Pair(a, b));
                else if (tie.Kind == TieKind.Opposition)
                    opposition.Add(Pair(a, b));
            }

            var members = coalition.Memberships.Where(m => m.IsMember && InForce(m.Joined, m.Left, month)).Select(m => Resolve(m.Actor)).Where(k => k >= 0).ToArray();
            var opponents = coalition.Memberships.Where(m => m.Has(Role.Opponent) || m.Has(Role.Target)).Select(m => Resolve(m.Actor)).Where(k => k >= 0).ToArray();
            foreach (int a in members)
            {
                foreach (int b in opponents.Where(b => b != a))
                    opposition.Add(Pair(a, b));
            }

            foreach (var (a, b) in cooperation)
                Add(p, n, a, b, 1);
            foreach (var (a, b) in opposition)
                Add(p, n, a, b, -1);
        }

        return [.. p];
    }

    private static (int, int) Pair(int a, int b) => a < b ? (a, b) : (b, a);

    private static void Add(double[] p, int n, int a, int b, double x)
    {
        p[(a * n) + b] += x;
        p[(b * n) + a] += x;
    }

    /// <summary>Whether something begun at <paramref name="start"/> and ended at <paramref name="end"/> is in force during <paramref name="month"/>.</summary>
    private static bool InForce(PartialDate? start, PartialDate? end, ScenarioMonth month) =>
        (start is not { } s || ScenarioMonth.Earliest(s) <= month)
        && (end is not { } e || new ScenarioMonth(e.LatestDay.Year, e.LatestDay.Month) >= month);
}
