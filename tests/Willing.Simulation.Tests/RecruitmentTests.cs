using Willing.Simulation.Batches;
using Willing.Simulation.Data;
using Willing.Simulation.Mechanisms.Recruitment;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Tests;

public class RecruitmentTests
{
    private const int Months = 24;

    /// <summary>A leader and <paramref name="members"/> initial members (m1 …), then <paramref name="candidates"/> non-members (c1 …) with the given offer and threat.</summary>
    private static RecruitmentSetup Setup(int members, int candidates = 0, Func<int, IEnumerable<RecruitmentEvent>>? events = null,
        bool un = false, double offer = 0, bool threat = false, double embeddedness = 0.5)
    {
        var actors = new List<RecruitmentActor> { new("L", AgentKind.Leader) { InitialMember = true, Pivotality = 1 } };
        for (int i = 1; i <= members; i++)
            actors.Add(new RecruitmentActor($"m{i}", AgentKind.State) { InitialMember = true, Pivotality = 0.5 });
        for (int i = 1; i <= candidates; i++)
            actors.Add(new RecruitmentActor($"c{i}", AgentKind.State) { Pivotality = i / (double)candidates, Embeddedness = embeddedness, Offer = offer, Threat = threat });
        var list = new List<RecruitmentEvent>();
        for (int a = 1; a < actors.Count; a++)
            list.AddRange(events?.Invoke(a) ?? []);
        return new RecruitmentSetup(actors, 0, Months, list, un);
    }

    private static ParameterSet Params(LeaderRecruitment m, params (string Name, ScalarValue Value)[] values)
    {
        var p = m.Parameters.Defaults;
        foreach (var (name, value) in values)
            p = p.With(name, value);
        return p;
    }

    private static RunResult Run(LeaderRecruitment m, ParameterSet p, long seed) =>
        BatchRunner.RunOne(m, p, seed, Months, new CollectionPlan(CollectionSchedule.EveryStep, CollectionSchedule.FinalStep));

    private static long Final(RunResult r, string reporter) => r.Model.Value(r.Model.RowCount - 1, reporter).AsLong();

    private static long[] AgentLongs(RunResult r, string column)
    {
        int c = r.Agents!.Layout.IndexOf(column);
        return [.. Enumerable.Range(0, r.Agents.RowCount).Select(i => r.Agents.Long(i, c))];
    }

    private static double MeanExits(RecruitmentSetup setup, int seeds = 40, params (string, ScalarValue)[] values)
    {
        var m = new LeaderRecruitment(setup);
        var p = Params(m, [("h0", 0.02), .. values]);
        return Enumerable.Range(1, seeds).Average(s => (double)Final(Run(m, p, s), "exits"));
    }

    [Fact]
    public void ZeroHazard_NobodyLeaves()
    {
        var setup = Setup(50, events: a => [new(RecruitmentEventKind.Election, 2, a), new(RecruitmentEventKind.Casualties, 3, a, 10), new(RecruitmentEventKind.HostageCrisis, 4, a)]);
        var m = new LeaderRecruitment(setup);
        for (int seed = 1; seed <= 5; seed++)
        {
            var r = Run(m, Params(m, ("h0", 0.0), ("beta_cascade", 5.0)), seed);
            Assert.Equal(0, Final(r, "exits"));
            Assert.Equal(51, Final(r, "members"));
            Assert.All(AgentLongs(r, "left_step"), s => Assert.Equal(-1, s));
        }
    }

    [Fact]
    public void Election_RaisesExits()
    {
        double without = MeanExits(Setup(100));
        double with = MeanExits(Setup(100, events: a => [new(RecruitmentEventKind.Election, 6, a)]));
        Assert.True(with > without + 5, $"exits with elections {with}, without {without}");
    }

    [Fact]
    public void Election_RaisesHazardForThreeMonthsOnly()
    {
        // The event-history window: the month of the election and the two after (election_past3).
        var setup = Setup(1, events: a => [new(RecruitmentEventKind.Election, 5, a)]);
        Assert.Equal([0.0, 0, 0, 0, 0, 1, 1, 1, 0, 0], Enumerable.Range(0, 10).Select(s => setup.ElectionPast(1, s)));
    }

    [Fact]
    public void Payments_LowerExits()
    {
        double unpaid = MeanExits(Setup(100));
        double paid = MeanExits(Setup(100, events: a => [new(RecruitmentEventKind.Payment, -1, a)]));
        Assert.True(paid < unpaid - 5, $"exits paid {paid}, unpaid {unpaid}");
    }

    [Fact]
    public void UnAuthorisation_LowersExits()
    {
        double adHoc = MeanExits(Setup(100));
        double authorised = MeanExits(Setup(100, un: true));
        Assert.True(authorised < adHoc - 5, $"exits authorised {authorised}, ad hoc {adHoc}");
        // The same stabiliser switched on by an event mid-run.
        var setup = Setup(1, events: a => a == 1 ? [new(RecruitmentEventKind.UnAuthorisation, 4, -1), new(RecruitmentEventKind.UnMandateEnd, 8, -1)] : []);
        Assert.Equal([false, false, false, false, true, true, true, true, false, false], Enumerable.Range(0, 10).Select(s => setup.IsUnAuthorised(s)));
    }

    [Fact]
    public void OthersExits_RaiseExits_ACascade()
    {
        // Half the members (m1 … m50) hold an election in month 3; the other half see only the others' exits.
        var setup = Setup(100, events: a => a <= 50 ? [new(RecruitmentEventKind.Election, 3, a)] : []);
        var m = new LeaderRecruitment(setup);
        double Quiet(double beta) => Enumerable.Range(1, 40).Average(seed =>
        {
            var left = AgentLongs(Run(m, Params(m, ("h0", 0.01), ("beta_election", 3.0), ("beta_cascade", beta)), seed), "left_step");
            return (double)left.Skip(51).Count(s => s >= 0);
        });
        double none = Quiet(0), cascade = Quiet(8);
        Assert.True(cascade > none + 2, $"quiet members' exits with the cascade {cascade}, without {none}");
    }

    [Fact]
    public void SameSeed_SameRun_OtherSeed_OtherRun()
    {
        var setup = Setup(40, 30, events: a => [new(RecruitmentEventKind.Election, a % 12, a)], offer: 0.5, threat: true);
        var m = new LeaderRecruitment(setup);
        var p = Params(m, ("h0", 0.05), ("join_intercept", -2.0), ("budget", 5.0));
        var a = Run(m, p, 7);
        var b = Run(m, p, 7);
        var c = Run(m, p, 8);
        Assert.Equal(AgentLongs(a, "left_step"), AgentLongs(b, "left_step"));
        Assert.Equal(AgentLongs(a, "joined_step"), AgentLongs(b, "joined_step"));
        Assert.Equal(Enumerable.Range(0, a.Model.RowCount).Select(i => a.Model.Row(i)), Enumerable.Range(0, b.Model.RowCount).Select(i => b.Model.Row(i)));
        Assert.NotEqual(AgentLongs(a, "left_step").Concat(AgentLongs(a, "joined_step")), AgentLongs(c, "left_step").Concat(AgentLongs(c, "joined_step")));
    }

    [Fact]
    public void ZeroBudget_RecruitsOnlyThoseWhoWouldJoinWithoutTheLeadersOffer()
    {
        var offered = new LeaderRecruitment(Setup(10, 60, offer: 2, threat: true));
        var unoffered = new LeaderRecruitment(Setup(10, 60, offer: 0, threat: false));
        for (int seed = 1; seed <= 20; seed++)
        {
            var r = Run(offered, Params(offered, ("budget", 0.0), ("join_intercept", -2.5), ("h0", 0.01)), seed);
            var baseline = Run(unoffered, Params(unoffered, ("budget", 100.0), ("join_intercept", -2.5), ("h0", 0.01)), seed);
            Assert.Equal(AgentLongs(baseline, "joined_step"), AgentLongs(r, "joined_step"));
            Assert.Equal(0.0, r.Model.Value(r.Model.RowCount - 1, "budget_spent").AsDouble());
        }
    }

    [Fact]
    public void LargerBudget_NeverRecruitsFewerInExpectation()
    {
        var m = new LeaderRecruitment(Setup(5, 60, offer: 1, threat: true));
        double previous = -1;
        foreach (double budget in new[] { 0.0, 1, 5, 20, 100 })
        {
            var p = Params(m, ("budget", budget), ("join_intercept", -4.0), ("h0", 0.0));
            double joined = Enumerable.Range(1, 100).Average(s => (double)Final(Run(m, p, s), "joined"));
            Assert.True(joined >= previous, $"budget {budget}: {joined} joinings, fewer than {previous} with a smaller budget");
            previous = joined;
        }

        double none = Enumerable.Range(1, 100).Average(s => (double)Final(Run(m, Params(m, ("budget", 0.0), ("join_intercept", -4.0), ("h0", 0.0)), s), "joined"));
        Assert.True(previous > none + 5, $"a budget of 100 recruits {previous}, none {none}");
    }

    [Fact]
    public void BudgetSpent_NeverExceedsBudget()
    {
        var m = new LeaderRecruitment(Setup(0, 60, offer: 0.7));
        for (int seed = 1; seed <= 10; seed++)
        {
            var r = Run(m, Params(m, ("budget", 3.0), ("join_intercept", 0.0)), seed);
            Assert.InRange(r.Model.Value(r.Model.RowCount - 1, "budget_spent").AsDouble(), 0.7, 3.0);
        }
    }

    [Fact]
    public void Leader_SpendsItsBudgetDownItsRanking()
    {
        // c2 has the higher pivotality at equal embeddedness, so it is offered first and takes the whole budget.
        var m = new LeaderRecruitment(Setup(0, 2, offer: 1));
        var r = Run(m, Params(m, ("budget", 1.0), ("join_intercept", 20.0)), 1);
        int c = r.Agents!.Layout.IndexOf("paid");
        Assert.Equal([0.0, 0.0, 1.0], Enumerable.Range(0, r.Agents.RowCount).Select(i => r.Agents.Double(i, c)));
        Assert.Equal([0L, 1, 1], AgentLongs(r, "joined_step"));
        Assert.Equal(1.0, r.Model.Value(r.Model.RowCount - 1, "budget_spent").AsDouble());
    }

    [Fact]
    public void NoRecruitment_AfterTheWindow()
    {
        var m = new LeaderRecruitment(Setup(0, 60));
        var r = Run(m, Params(m, ("recruitment_months", 3L), ("join_intercept", -1.0)), 3);
        Assert.All(AgentLongs(r, "joined_step"), s => Assert.True(s <= 3));
        Assert.True(Final(r, "joined") > 1);
    }

    [Fact]
    public void ScheduledExit_IsNotAUnilateralExit_AndTheLeaderStays()
    {
        var setup = Setup(3, events: a => a == 2 ? [new(RecruitmentEventKind.ScheduledExit, 5, a)] : []);
        var m = new LeaderRecruitment(setup);
        var r = Run(m, Params(m, ("h0", 0.0)), 1);
        Assert.Equal([-1L, -1, 5, -1], AgentLongs(r, "left_step"));
        Assert.Equal(1, Final(r, "scheduled_exits"));
        Assert.Equal(0, Final(r, "exits"));
        var off = Run(m, Params(m, ("h0", 0.0), ("apply_scheduled_exits", false)), 1);
        Assert.Equal(0, Final(off, "scheduled_exits"));

        var all = Run(m, Params(m, ("h0", 10.0)), 1);
        Assert.Equal(-1, AgentLongs(all, "left_step")[0]);
        Assert.Equal(3, Final(all, "exits"));
    }

    [Fact]
    public void InitialMembersLeader_StartsWithTheLeaderAlone()
    {
        var m = new LeaderRecruitment(Setup(10));
        var r = Run(m, Params(m, ("initial_members", "leader"), ("h0", 0.0)), 1);
        Assert.Equal(1, r.Model.Value(0, "members").AsLong());
    }
}
