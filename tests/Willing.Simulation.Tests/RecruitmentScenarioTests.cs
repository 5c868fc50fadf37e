using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Core.Reading.Yaml;
using Willing.Lifecycle.Cases;
using Willing.Simulation.Mechanisms.Recruitment;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Tests;

public class RecruitmentScenarioTests
{
    private static readonly Lazy<CaseBase> Cases = new(() => CaseBase.LoadBuiltIn().CaseBase!);

    private static YamlPosition At(int line) => new(line, 3);

    private static Scenario Scenario(string? caseId = "iraq-2003", ScenarioMonth? start = null, int months = 82,
        ImmutableArray<ScenarioActor> actors = default, ImmutableArray<ScenarioEvent> events = default,
        ScenarioPopulation? population = null, ScenarioCalibration? calibration = null) =>
        new("test.yaml", "test", "Test", "leader-recruitment", null,
            caseId is null ? null : new ScenarioCase(new CoalitionId(caseId), At(4), "case"),
            start ?? new ScenarioMonth(2003, 3), months, [], population,
            actors.IsDefault ? [] : actors, events.IsDefault ? [] : events, calibration, [], [], At(1));

    private static (RecruitmentSetup? Setup, InputDiagnostics Diagnostics) Build(Scenario scenario)
    {
        var diagnostics = new InputDiagnostics("test.yaml");
        var context = new ScenarioContext(scenario, Cases.Value, LeaderRecruitment.DefaultParameters, diagnostics);
        return (new LeaderRecruitmentScenario().BuildSetup(context), diagnostics);
    }

    private static ScenarioEvent Event(string kind, string? actor, int line, double? value = null, string date = "2004-03") =>
        new(null, kind, PartialDate.Parse(date), actor, value, null, [], At(line), $"events[{line}]");

    [Fact]
    public void IsRegistered()
    {
        Assert.IsType<LeaderRecruitmentScenario>(ScenarioMechanisms.Find("leader-recruitment"));
    }

    [Fact]
    public void Iraq_BuildsWithTheUsAsLeader_AndTheCasesInitialTroopContributors()
    {
        var (setup, diagnostics) = Build(Scenario());
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted().Select(e => e.Message)));
        Assert.NotNull(setup);
        Assert.Equal("USA", setup.Actors[setup.Leader].Id);
        // Step 0 is the case's month 0, so the initial troop contributors are the timeline's in its first month.
        var timeline = Timeline.Of(Cases.Value.Find("iraq-2003")!);
        int contributors = setup.Actors.Count(a => a.InitialMember && a.TroopContributor);
        Assert.Equal(timeline.Months[0].TroopContributors, contributors);
        // Spain's 2004 election (14 March) and the Madrid government change are on their real month (step 12).
        int esp = setup.Actors.IndexOf(setup.Actors.Single(a => a.Id == "ESP"));
        Assert.Equal(1, setup.ElectionPast(esp, 12));
        Assert.Equal(1, setup.GovernmentChangePast(esp, 12));
        Assert.Equal(0, setup.ElectionPast(esp, 11));
        Assert.False(setup.UnAuthorisedAtStart);
    }

    [Fact]
    public void Interfet_IsUnAuthorisedFromTheStart_WithAustraliaLeading()
    {
        var (setup, d) = Build(Scenario("interfet-1999", new ScenarioMonth(1999, 9), 5));
        Assert.False(d.HasErrors, string.Join("\n", d.Sorted().Select(e => e.Message)));
        Assert.Equal("AUS", setup!.Actors[setup.Leader].Id);
        Assert.True(setup.UnAuthorisedAtStart);
        Assert.All(Enumerable.Range(0, 6), s => Assert.True(setup.IsUnAuthorised(s)));
        var timeline = Timeline.Of(Cases.Value.Find("interfet-1999")!);
        Assert.Equal(timeline.Months[0].TroopContributors, setup.Actors.Count(a => a.InitialMember && a.TroopContributor));
    }

    [Fact]
    public void Iraq_Runs_Deterministically_AndCurveEqualsRunColumn()
    {
        var diagnostics = new InputDiagnostics("test.yaml");
        var sim = new LeaderRecruitmentScenario().Build(new ScenarioContext(Scenario(), Cases.Value, LeaderRecruitment.DefaultParameters, diagnostics));
        Assert.NotNull(sim);
        var p = sim.Parameters.Defaults;
        var curve = sim.Curve(p, 11, "troop_contributors");
        Assert.Equal(curve, sim.Curve(p, 11, "troop_contributors"));
        var run = sim.RunOne(p, 11);
        Assert.Equal(curve, Enumerable.Range(0, run.Model.RowCount).Select(i => run.Model.Value(i, "troop_contributors").AsDouble()));
        Assert.Equal(83, curve.Length);
    }

    [Fact]
    public void UnknownActor_IsALocatedError()
    {
        var actor = new ScenarioActor("XXX", null, null, [], [], null, At(20), "actors[0]");
        var (setup, d) = Build(Scenario(actors: [actor]));
        Assert.Null(setup);
        var e = Assert.Single(d.Sorted());
        Assert.Equal((20, "actors[0]"), (e.Line, e.FieldPath));
        Assert.Contains("XXX", e.Message);
    }

    [Fact]
    public void AddedActorWithKind_AndAttributes_AreAgents()
    {
        var value = new ScenarioValue("alignment", 0.5, [], null, At(22), "actors[0].attributes.alignment");
        var actor = new ScenarioActor("NEW", "state", "New state", [value], [], null, At(21), "actors[0]");
        var (setup, d) = Build(Scenario(actors: [actor]));
        Assert.False(d.HasErrors);
        Assert.Equal(0.5, setup!.Actors.Single(a => a.Id == "NEW").Alignment);
    }

    [Fact]
    public void UnknownAttribute_AndOutOfRange_AreLocatedErrors()
    {
        var bad = new ScenarioValue("charisma", 1, [], null, At(30), "actors[0].attributes.charisma");
        var range = new ScenarioValue("pivotality", 3, [], null, At(31), "actors[0].attributes.pivotality");
        var actor = new ScenarioActor("GBR", null, null, [bad, range], [], null, At(29), "actors[0]");
        var (setup, d) = Build(Scenario(actors: [actor]));
        Assert.Null(setup);
        Assert.Equal([30, 31], d.Sorted().Select(e => e.Line));
    }

    [Fact]
    public void UnusableEventKind_UnknownEventActor_AndMissingActor_AreLocatedErrors()
    {
        var (setup, d) = Build(Scenario(events: [Event("conference", null, 40), Event("election", "ZZZ", 41), Event("casualties", null, 42, 3), Event("casualties", "ESP", 43)]));
        Assert.Null(setup);
        var errors = d.Sorted();
        Assert.Equal([40, 41, 42, 43], errors.Select(e => e.Line));
        Assert.Equal("events[40].kind", errors[0].FieldPath);
        Assert.Equal("events[41].actor", errors[1].FieldPath);
        Assert.Equal("events[43].value", errors[3].FieldPath);
    }

    [Fact]
    public void ScenarioEvents_AreOnTheirSteps()
    {
        var (setup, d) = Build(Scenario(events: [Event("un-authorisation", null, 50, date: "2003-10"), Event("un-mandate-end", null, 51, date: "2009-01"), Event("hostage-crisis", "POL", 52, date: "2004-05")]));
        Assert.False(d.HasErrors);
        Assert.False(setup!.IsUnAuthorised(6));
        Assert.True(setup.IsUnAuthorised(7));
        Assert.True(setup.IsUnAuthorised(69));
        Assert.False(setup.IsUnAuthorised(70));
        int pol = setup.Actors.IndexOf(setup.Actors.Single(a => a.Id == "POL"));
        Assert.Equal([0.0, 1, 1, 1, 0], Enumerable.Range(13, 5).Select(s => setup.HostagePast(pol, s)));
    }

    [Fact]
    public void MissingCase_UnknownCase_AndCaseWithoutLeader_AreLocatedErrors()
    {
        var (a, da) = Build(Scenario(caseId: null));
        Assert.Null(a);
        Assert.Equal("case", Assert.Single(da.Sorted()).FieldPath);
        var (b, db) = Build(Scenario(caseId: "no-such-case"));
        Assert.Null(b);
        Assert.Equal(4, Assert.Single(db.Sorted()).Line);
        var leaderless = Cases.Value.Coalitions.First(c => !c.Members.Any(m => m.Has(Role.Leader)));
        var (c, dc) = Build(Scenario(caseId: leaderless.Id.Value));
        Assert.Null(c);
        Assert.Contains("leader", Assert.Single(dc.Sorted()).Message);
    }

    [Fact]
    public void CalibrationNamingAnUnknownParameterOrReporter_IsALocatedError()
    {
        var target = new ScenarioTarget(new CoalitionId("iraq-2003"), null, "troop-contributors", "soldiers", null, At(61), "calibration.target");
        var calibration = new ScenarioCalibration([new ScenarioFreeParameter("h0", 0.001, 0.05, At(60), "calibration.free[0]"), new ScenarioFreeParameter("gamma", 0, 1, At(62), "calibration.free[1]"),
            new ScenarioFreeParameter("un_factor", 0.5, 2, At(63), "calibration.free[2]"), new ScenarioFreeParameter("recruitment_months", 1, 12, At(64), "calibration.free[3]")],
            target, "rmse", 50, 100, At(59), "calibration");
        var (setup, d) = Build(Scenario(calibration: calibration));
        Assert.Null(setup);
        Assert.Equal([61, 62, 63, 64], d.Sorted().Select(e => e.Line));
    }

    [Fact]
    public void Population_AddsAgents()
    {
        var population = new ScenarioPopulation(5, "state", "rest", null, [new ScenarioValue("domestic_opposition", 0.8, [], null, At(71), "population.attributes.domestic_opposition")], [], At(70), "population");
        var (setup, d) = Build(Scenario(population: population));
        Assert.False(d.HasErrors);
        Assert.Equal(5, setup!.Actors.Count(a => a.Id.StartsWith("rest-", StringComparison.Ordinal) && a.DomesticOpposition == 0.8 && !a.InitialMember));
    }
}
