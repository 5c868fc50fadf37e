using System.Collections.Immutable;
using System.Diagnostics;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Core.Reading.Yaml;
using Willing.Simulation.Mechanisms.NormCascade;
using Willing.Simulation.Scenarios;
using Xunit.Abstractions;

namespace Willing.Simulation.Tests;

public class NormCascadeScenarioTests(ITestOutputHelper output)
{
    private static readonly Lazy<CaseBase> Cases = new(() => CaseBase.LoadBuiltIn().CaseBase!);

    private static YamlPosition At(int line) => new(line, 3);

    private static ScenarioValue Value(string name, double value, int line) => new(name, value, [], null, At(line), $"attributes.{name}");

    private static ScenarioActor Actor(string id, int line, string? kind = null, params ScenarioValue[] attributes) =>
        new(id, kind, null, [.. attributes], [], null, At(line), $"actors[{line}]");

    private static ScenarioEvent Event(string kind, PartialDate date, int line, string? actor = null, double? value = null) =>
        new($"e{line}", kind, date, actor, value, null, [], At(line), $"events[{line}]");

    /// <summary>The Ottawa scenario as data/scenarios/landmines-ottawa.yaml writes it.</summary>
    private static Scenario Ottawa(ImmutableArray<ScenarioActor>? actors = null, ImmutableArray<ScenarioEvent>? events = null) => new(
        "landmines-ottawa.yaml", "landmines-ottawa", "Ottawa", "norm-cascade", null,
        new ScenarioCase(CoalitionId.From("landmines-ottawa"), At(2), "case"),
        new ScenarioMonth(1996, 9), 118, [],
        new ScenarioPopulation(136, "state", "un-member", null, [], [], At(5), "population"),
        actors ?? [.. new[] { "USA", "RUS", "CHN", "IND" }.Select((id, i) => Actor(id, 10 + i, null, Value("resister", 1, 10 + i)))],
        events ?? [Event("opening", PartialDate.FromYearMonthDay(1997, 12, 3), 20), Event("conference", PartialDate.FromYearMonthDay(1997, 12, 2), 21)],
        null, [], [], At(1));

    private static (IScenarioSimulation? Simulation, InputDiagnostics Diagnostics) Build(Scenario scenario)
    {
        var mechanism = ScenarioMechanisms.Find("norm-cascade")!;
        var diagnostics = new InputDiagnostics(scenario.File);
        var simulation = mechanism.Build(new ScenarioContext(scenario, Cases.Value, mechanism.Parameters, diagnostics));
        return (simulation, diagnostics);
    }

    [Fact]
    public void Build_Errors_AreLocated()
    {
        var scenario = Ottawa(
            [Actor("USA", 10, null, Value("resister", 1, 10)), Actor("XYZ", 11), Actor("USA", 12, null, Value("power", 3, 12)), Actor("un", 13)],
            [Event("opening", PartialDate.FromYearMonth(1997, 12), 20), Event("election", PartialDate.FromYearMonth(1998, 1), 21),
             Event("conference", PartialDate.FromYearMonth(1998, 2), 22, actor: "nobody"), Event("conference", PartialDate.FromYearMonth(2030, 1), 23)]);
        var (simulation, d) = Build(scenario);
        Assert.Null(simulation);
        var errors = d.Sorted();
        Assert.Contains(errors, e => e.Line == 11 && e.Message.Contains("not an actor of the case landmines-ottawa", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 12 && e.Message.Contains("no attribute power", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 13 && e.Message.Contains("is a igo", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 21 && e.Message.Contains("cannot use an event of kind election", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 22 && e.Message.Contains("actor nobody", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 23 && e.Message.Contains("outside the scenario's months", StringComparison.Ordinal));
        Assert.Equal(6, errors.Count);
    }

    [Fact]
    public void Build_UnknownCase_IsLocated()
    {
        var scenario = Ottawa() with { Case = new ScenarioCase(CoalitionId.From("landmines-otawa"), At(2), "case") };
        var (simulation, d) = Build(scenario);
        Assert.Null(simulation);
        var e = Assert.Single(d.Sorted());
        Assert.Equal(2, e.Line);
        Assert.Contains("did you mean landmines-ottawa", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Ottawa_CountsStatesPartiesFromTheOpening()
    {
        var (simulation, d) = Build(Ottawa());
        Assert.False(d.HasErrors, string.Join("; ", d.Sorted().Select(e => e.Message)));
        var cascade = (NormCascade)((ScenarioSimulation<NormCascadeModel>)simulation!).Mechanism;
        Assert.Equal(186, cascade.StateCount);                       // 185 UN members of 1997 and Switzerland
        Assert.Contains(cascade.Inputs.Actors, a => a.Id == "icbl" && a.Kind == Modeling.AgentKind.Ngo);
        Assert.DoesNotContain(cascade.Inputs.Actors, a => a.Id == "center-for-security-policy");  // the counter-campaign
        Assert.True(cascade.Inputs.Actors.Single(a => a.Id == "CAN").Committed);
        Assert.True(cascade.Inputs.Actors.Single(a => a.Id == "USA").Resister);
        Assert.NotEmpty(cascade.Inputs.Ties);
        Assert.Equal(15, cascade.Inputs.OpeningStep);                // December 1997

        var watch = Stopwatch.StartNew();
        var curve = simulation!.Curve(simulation.Parameters.Defaults, 2005, "adopters");
        watch.Stop();
        Assert.Equal(119, curve.Length);
        Assert.All(curve.Take(15), c => Assert.Equal(0, c));
        for (int s = 1; s < curve.Length; s++)
            Assert.True(curve[s] >= curve[s - 1]);
        Assert.True(curve[^1] > 0 && curve[^1] <= 182, $"final {curve[^1]}");    // the four resisters stay out
        var run = simulation.RunOne(simulation.Parameters.Defaults, 2005, new Data.CollectionPlan(Data.CollectionSchedule.EveryStep, Data.CollectionSchedule.FinalStep));
        Assert.Equal(curve[^1], run.Model.Long(run.Model.RowCount - 1, run.Model.Layout.IndexOf("adopters")));

        // Speed: many runs of the step loop alone.
        var model = cascade.CreateModel(new Modeling.RunContext(0, 0, 0, 1, simulation.Parameters.Defaults));
        const int runs = 200;
        long steps = 0;
        var loop = Stopwatch.StartNew();
        for (int r = 0; r < runs; r++)
        {
            var m = cascade.CreateModel(new Modeling.RunContext(0, 0, 0, r, simulation.Parameters.Defaults));
            steps += m.Run(118);
        }

        loop.Stop();
        output.WriteLine($"one Ottawa curve (first, cold): {watch.Elapsed.TotalMilliseconds:F2} ms; final states parties {curve[^1]}; agents {model.AgentCount}");
        output.WriteLine($"{runs} runs: {loop.Elapsed.TotalMilliseconds / runs:F3} ms per run, {steps * model.AgentCount / loop.Elapsed.TotalSeconds:E3} actor-steps per second ({steps} steps)");
        output.WriteLine("curve by year-end: " + string.Join(", ", Enumerable.Range(1997, 10).Select(y => $"{y}: {curve[Math.Min(curve.Length - 1, new ScenarioMonth(1996, 9).MonthsUntil(new ScenarioMonth(y, 12)))]}")));
    }

    [Fact]
    public void Build_IccAndMpia_TakeTheirOwnCases()
    {
        var icc = Ottawa() with
        {
            Case = new ScenarioCase(CoalitionId.From("icc-rome-statute"), At(2), "case"),
            Start = new ScenarioMonth(1998, 5), Months = 325,
            Population = new ScenarioPopulation(138, "state", "un-member", null, [], [], At(5), "population"),
            Events = [Event("opening", PartialDate.FromYearMonthDay(1998, 7, 17), 20)],
        };
        var (simulation, d) = Build(icc);
        Assert.False(d.HasErrors, string.Join("; ", d.Sorted().Select(e => e.Message)));
        var cascade = (NormCascade)((ScenarioSimulation<NormCascadeModel>)simulation!).Mechanism;
        Assert.Equal(185, cascade.StateCount);
        Assert.Equal(2, cascade.Inputs.OpeningStep);
        Assert.True(cascade.LastConferenceStep > 100);               // Kampala review conference, 2010

        var mpia = Ottawa(
            [Actor("european-union", 10, "state"), Actor("USA", 11, null, Value("resister", 1, 11))],
            [Event("opening", PartialDate.FromYearMonthDay(2019, 7, 25), 20)]) with
        {
            Case = new ScenarioCase(CoalitionId.From("mpia-2020"), At(2), "case"),
            Start = new ScenarioMonth(2019, 6), Months = 72,
            Population = new ScenarioPopulation(103, "state", "wto-member", null, [], [], At(5), "population"),
        };
        (simulation, d) = Build(mpia);
        Assert.False(d.HasErrors, string.Join("; ", d.Sorted().Select(e => e.Message)));
        cascade = (NormCascade)((ScenarioSimulation<NormCascadeModel>)simulation!).Mechanism;
        Assert.Equal(137, cascade.StateCount);                       // 164 WTO members, the EU's 27 counted as one
        Assert.True(cascade.Inputs.Actors.Single(a => a.Id == "european-union").Committed);
    }
}
