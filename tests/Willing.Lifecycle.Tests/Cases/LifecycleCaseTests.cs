using Willing.Core.Model;
using Willing.Lifecycle.Cases;

namespace Willing.Lifecycle.Tests.Cases;

/// <summary>Timelines, event-history rows and cascades, each rule on a small synthetic coalition whose every number can be worked out by hand.</summary>
public sealed class LifecycleCaseTests
{

    private static Coalition Coalition => CaseText.ReadValid(LifecycleCase.Text);

    [Fact]
    public void MonthClock_ReadsStartsAtTheirEarliestDayAndEndsAtTheirLatest()
    {
        var clock = new MonthClock(2003, 3);
        Assert.Equal(0, clock.Start(PartialDate.Parse("2003-03-20")));
        Assert.Equal(10, clock.Start(PartialDate.Parse("2004")));   // January 2004
        Assert.Equal(21, clock.End(PartialDate.Parse("2004")));     // December 2004
        Assert.Equal(14, clock.End(PartialDate.Parse("2004-05")));
        Assert.Equal("2004-05", clock.Label(14));
        Assert.True(MonthClock.IsImprecise(PartialDate.Parse("2004")));
        Assert.False(MonthClock.IsImprecise(PartialDate.Parse("2004-05")));
    }

    [Fact]
    public void Timeline_CountsMembersByMonth_AndListsExitsWithTheirKind()
    {
        var t = Timeline.Of(Coalition);

        Assert.Equal(23, t.LastMonth); // 2005-02
        Assert.Equal(["POL", "USA", "ESP", "PHL", "HND", "NZL"], t.Members.Select(m => m.Actor.Value));
        Assert.Equal(2, t.Months[0].Members);          // USA, POL
        Assert.Equal(6, t.Months[6].Members);          // 2003-09: all six
        Assert.Equal(6, t.Months[14].Members);         // 2004-05: ESP and HND still counted in their month of leaving
        Assert.Equal(4, t.Months[15].Members);
        Assert.Equal(2, t.Months[23].Members);
        Assert.Equal(["ESP", "HND", "PHL", "NZL"], t.Exits.Select(e => e.Actor.Value));
        Assert.Equal(ExitKind.Scheduled, t.Exits.Single(e => e.Actor.Value == "NZL").Kind);
        Assert.Equal(["pol-loss-1", "pol-loss-2", "esp-election", "phl-hostage"], t.Triggers.Select(e => e.Id.Value)); // POL's election of 2005-09 falls after the case ends
    }

    [Fact]
    public void EventHistory_OneRowPerPartnerAndMonth_WithTheExitInItsLastRow()
    {
        var h = EventHistory.Of(Coalition);

        Assert.Equal(["POL", "ESP", "PHL", "HND", "NZL"], h.Subjects.Select(s => s.Value)); // the leader is not a subject
        var esp = h.Rows.Where(r => r.Member.Value == "ESP").ToList();
        Assert.Equal(1, esp[0].Start);        // joined 2003-04
        Assert.Equal(15, esp[^1].Stop);       // left 2004-05 (month 14), interval (14, 15]
        Assert.Equal(14, esp.Count);
        Assert.True(esp[^1].Event);
        Assert.Equal("election", esp[^1].Cause);
        Assert.All(esp.SkipLast(1), r => Assert.False(r.Event));

        // NZL's planned end is censored by default, an exit with --scheduled exit, a cause of its own with cause.
        Assert.DoesNotContain(h.Rows, r => r.Member.Value == "NZL" && r.Event);
        Assert.Contains(EventHistory.Of(Coalition, new EventHistoryOptions(ScheduledExits.Exit)).Rows, r => r.Member.Value == "NZL" && r.Event && r.Cause == "mission-completed");
        Assert.Contains(EventHistory.Of(Coalition, new EventHistoryOptions(ScheduledExits.Cause)).Rows, r => r.Member.Value == "NZL" && r.Event && r.Cause == "scheduled");
        Assert.Equal(24, h.Rows.Count(r => r.Member.Value == "POL")); // months 0 to 23, censored
    }

    [Fact]
    public void EventHistory_Covariates_FollowTheirWindows()
    {
        var h = EventHistory.Of(Coalition);
        double V(string member, int month, string covariate) =>
            h.Rows.Single(r => r.Member.Value == member && r.Start == month).Values[h.Covariates.IndexOf(covariate)];

        // ESP's election is in 2004-03 (month 12): in the last three months for months 12 to 14, ahead for months 6 to 11.
        Assert.Equal(0, V("ESP", 11, "election_past3"));
        Assert.Equal(1, V("ESP", 12, "election_past3"));
        Assert.Equal(1, V("ESP", 14, "election_past3"));
        Assert.Equal(1, V("ESP", 6, "election_next6"));
        Assert.Equal(0, V("ESP", 5, "election_next6"));
        Assert.Equal(0, V("ESP", 12, "election_next6"));
        Assert.Equal(1, V("ESP", 13, "gov_change_past3"));

        // POL loses 2 in 2004-01 (month 10) and 1 in 2004-03 (month 12).
        Assert.Equal(0, V("POL", 9, "casualties_to_date"));
        Assert.Equal(2, V("POL", 10, "casualties_to_date"));
        Assert.Equal(3, V("POL", 12, "casualties_to_date"));
        Assert.Equal(3, V("POL", 12, "casualties_past3"));
        Assert.Equal(1, V("POL", 14, "casualties_past3"));
        Assert.Equal(0, V("POL", 15, "casualties_past3"));
        Assert.Equal(3, V("POL", 23, "casualties_to_date"));

        // POL's election of 2005-09 is seven months after 2005-02: outside the six-month window at the end.
        Assert.Equal(0, V("POL", 23, "election_next6"));

        Assert.Equal(1, V("PHL", 16, "hostage_past3")); // 2004-07
        Assert.Equal(0, V("PHL", 15, "hostage_past3"));

        // Troop share: of the subjects' peaks (1300 + 370 + 60 + 70 + 200 = 2000), the leader's left out.
        Assert.Equal(0.65, V("ESP", 3, "troop_share"), 12);
        Assert.Equal(0.1, V("POL", 0, "troop_share"), 12);

        // On the list from its publication (month 0); HND never.
        Assert.Equal(1, V("ESP", 1, "on_membership_list"));
        Assert.Equal(0, V("HND", 5, "on_membership_list"));

        // POL is paid in 2003-06 (month 3); a threat to HND is not a payment.
        Assert.Equal(0, V("POL", 2, "side_payments"));
        Assert.Equal(1, V("POL", 3, "side_payments"));
        Assert.Equal(0, V("HND", 10, "side_payments"));
    }

    [Fact]
    public void EventHistory_ToSurvivalData_ClustersByMemberAndNumbersCauses()
    {
        var h = EventHistory.Of(Coalition);
        var (data, dropped) = h.ToSurvivalData(["election_past3", "casualties_past3"]);
        Assert.Equal(0, dropped);
        Assert.Equal(h.Rows.Length, data.Count);
        Assert.Equal(3, data.Status.Count(s => s == 1)); // ESP, HND, PHL
        Assert.Equal(["election_past3", "casualties_past3"], data.Covariates.Select(c => c.Name));
        Assert.Equal("POL", data.Clusters[0]);

        var (byCause, _) = h.ToSurvivalData(byCause: true);
        Assert.Equal(["election", "following-others", "hostage-crisis"], byCause.Causes.ToArray());
        Assert.Equal(2, byCause.Status[h.Rows.IndexOf(h.Rows.Single(r => r.Member.Value == "HND" && r.Event))]);
        Assert.Throws<ArgumentException>(() => h.ToSurvivalData(["no_such"]));
    }

    [Fact]
    public void Cascades_LinkExitsWithinTheWindow_AndTestThemReproducibly()
    {
        var a = ExitCascades.Of(Coalition, new CascadeOptions(WindowDays: 30, Draws: 2000, Seed: 1));

        Assert.Equal(["ESP", "HND", "PHL"], a.Exits.Select(e => e.Member.Value)); // NZL's planned end is left out
        var cascade = Assert.Single(a.Cascades);
        Assert.Equal(["ESP", "HND"], cascade.Exits.Select(e => e.Member.Value));
        Assert.Equal("esp-election", cascade.Trigger?.Value);
        Assert.Equal(2, cascade.SpanDays);
        Assert.Equal(2, a.Largest);
        Assert.Equal(1, a.Linked);
        Assert.InRange(a.PLargest, 1.0 / 2001, 1);
        Assert.Equal(a, ExitCascades.Of(Coalition, new CascadeOptions(WindowDays: 30, Draws: 2000, Seed: 1)) with { Exits = a.Exits, Cascades = a.Cascades });

        // A window of one day still links ESP and HND? No: two days apart.
        Assert.Empty(ExitCascades.Of(Coalition, new CascadeOptions(WindowDays: 1, Draws: 10)).Cascades);
        // With scheduled exits, NZL (2004-09, known to the month) is too far from PHL (2004-07) to join.
        Assert.Equal(4, ExitCascades.Of(Coalition, new CascadeOptions(IncludeScheduled: true, Draws: 10)).Exits.Length);
    }

    [Fact]
    public void Cascades_NeverLinkExitsKnownOnlyToTheYear()
    {
        var text = LifecycleCase.Text.Replace("left: 2004-07\n    exit: { reason: hostage-crisis", "left: 2004\n    exit: { reason: hostage-crisis", StringComparison.Ordinal)
            .Replace("left: 2004-09\n    exit: { reason: mission-completed", "left: 2004\n    exit: { reason: cost", StringComparison.Ordinal);
        var a = ExitCascades.Of(CaseText.ReadValid(text), new CascadeOptions(Draws: 10));
        Assert.Equal(["ESP", "HND"], Assert.Single(a.Cascades).Exits.Select(e => e.Member.Value));
    }
}
