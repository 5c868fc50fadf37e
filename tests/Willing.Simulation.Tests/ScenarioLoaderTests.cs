using System.Collections.Immutable;
using Willing.Core.Reading;
using Willing.Networks;
using Willing.Simulation.Data;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;
using Willing.Simulation.Scenarios;
using Willing.Simulation.Space;

namespace Willing.Simulation.Tests;

/// <summary>A model whose members grow by the budget each step.</summary>
internal sealed class CountingModel : Model<Agent>
{
    public CountingModel(RunContext context)
        : base(context)
    {
        var agents = new AgentSet<Agent>([new Agent(0, "USA", AgentKind.State)]);
        Setup(agents, new DynamicNetwork([new NetworkNode("USA")], directed: false), Activation.Staged(
            ActivationStage.ForPopulation<Agent>("grow", () => Members += Parameters.Long("budget"), "members grow by the budget")));
    }

    public long Members { get; private set; }
}

internal sealed class CountingMechanism(ParameterSpace space) : Mechanism<CountingModel>
{
    public override string Name => "counting";

    public override int Version => 1;

    public override string Description => "members grow by the budget";

    public override string Source => "the tests";

    public override ParameterSpace Parameters { get; } = space;

    public override ReporterSet<CountingModel> Reporters { get; } = new ReporterSet<CountingModel>()
        .WithLong("members", "members", m => m.Members)
        .WithLong("adopters", "adopters", m => m.Members / 2)
        .WithLong("hidden", "not a curve", m => 0);

    public override CountingModel CreateModel(RunContext context) => new(context);
}

/// <summary>A test-only scenario mechanism named toy-mechanism; an actor attribute named 'bad' is a build error.</summary>
internal sealed class ToyScenarioMechanism : ScenarioMechanism
{
    public static ToyScenarioMechanism Instance { get; } = new();

    public override string Name => "toy-mechanism";

    public override string Description => "for the tests";

    public override string Source => "the tests";

    public override ParameterSpace Parameters { get; } = new([
        ParameterDefinition.Long("budget", 5, 0, 100, "members added per step"),
        ParameterDefinition.Double("base_hazard", 0.05, 0, 1, "a hazard"),
        ParameterDefinition.Choice("mode", "a", ["a", "b"], "a choice"),
        ParameterDefinition.Bool("verbose", false, "a flag"),
    ]);

    public override ImmutableDictionary<string, string> Attributes { get; } = ImmutableDictionary<string, string>.Empty;

    public override ImmutableDictionary<string, string> EventKinds { get; } = ImmutableDictionary<string, string>.Empty;

    public override IScenarioSimulation? Build(ScenarioContext context)
    {
        int before = context.Diagnostics.Count;
        foreach (var value in context.Scenario.Actors.SelectMany(a => a.Attributes).Where(v => v.Name == "bad"))
            context.Diagnostics.Add(value.Position, value.Path, "the toy mechanism refuses 'bad'");
        if (context.Diagnostics.Count > before)
            return null;
        return new ScenarioSimulation<CountingModel>(context.Scenario, new CountingMechanism(context.Parameters), ["members", "adopters"]);
    }
}

public class ScenarioLoaderTests
{
    private static readonly Lazy<CaseBase> Cases = new(() => CaseBase.LoadBuiltIn().CaseBase!);

    private static readonly ScenarioMechanism[] Toy = [ToyScenarioMechanism.Instance];

    private static ScenarioLoadResult Load(string text, string? directory = null) =>
        ScenarioLoader.LoadText("test.yaml", text, Cases.Value, directory, Toy);

    private static string Replace(string line, string replacement)
    {
        Assert.Contains(line, ScenarioReaderTests.Valid, StringComparison.Ordinal);
        string valid = ScenarioReaderTests.Valid;
        int i = valid.IndexOf(line, StringComparison.Ordinal);
        return string.Concat(valid.AsSpan(0, i), replacement, valid.AsSpan(i + line.Length));
    }

    private static InputError SingleError(string text)
    {
        var result = Load(text);
        Assert.Null(result.Simulation);
        return Assert.Single(result.Errors);
    }

    // The shared valid text names a check scenario and a series that exist: other.yaml only when a directory is given.
    [Fact]
    public void Load_ValidFile_BuildsWithTheFixedValuesAsDefaults()
    {
        var result = Load(ScenarioReaderTests.Valid);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var simulation = result.Simulation!;
        Assert.Equal(10, simulation.Parameters.Defaults.Long("budget"));
        Assert.Equal(0.01, simulation.Parameters.Defaults.Double("base_hazard"));
        Assert.Equal("a", simulation.Parameters.Defaults.String("mode"));
        Assert.Equal(84, simulation.StepLimit);
        Assert.Equal(30.0, simulation.Curve(simulation.Parameters.Defaults, 1, "members")[3]);
    }

    [Theory]
    [InlineData("mechanism: toy-mechanism", "mechanism: toy-mechanisn", "toy-mechanisn", "mechanism", "did you mean 'toy-mechanism'? the mechanisms: toy-mechanism")]
    [InlineData("budget: 10", "budjet: 10", "10", "parameters.budjet", "'budjet' is not a parameter of toy-mechanism; did you mean 'budget'?")]
    [InlineData("budget: 10", "budget: 1000", "1000", "parameters.budget", "budget = 1000 is outside its range [0, 100]")]
    [InlineData("budget: 10", "budget: 2.5", "2.5", "parameters.budget", "budget is a whole number in [0, 100]")]
    [InlineData("base_hazard: 0.01", "mode: c", "c", "parameters.mode", "mode is one of: a, b")]
    [InlineData("case: iraq-2003", "case: iraq-2004", "iraq-2004", "case", "the case 'iraq-2004' is not in the case base; did you mean 'iraq-2003'?")]
    [InlineData("name: base_hazard, low", "name: mode, low", "mode", "calibration.free[0].name", "mode is not numeric")]
    [InlineData("name: base_hazard, low", "name: base_hazzard, low", "base_hazzard", "calibration.free[0].name", "did you mean 'base_hazard'?")]
    [InlineData("low: 0.001, high: 0.2", "low: 0.001, high: 2", "2", "calibration.free[0].high", "goes outside its admissible range [0, 1]")]
    [InlineData("target: { case: iraq-2003", "target: { case: iraq-2030", "iraq-2030", "calibration.target.case", "did you mean 'iraq-2003'?")]
    [InlineData("series: states-parties", "series: state-parties", "state-parties", "checks[0].target.series", "did you mean 'states-parties'?")]
    [InlineData("reporter: members,", "reporter: memberz,", "memberz", "calibration.target.reporter", "'memberz' is not a curve of the toy-mechanism simulation; did you mean 'members'?")]
    [InlineData("reporter: members,", "reporter: hidden,", "hidden", "calibration.target.reporter", "its curves: members, adopters")]
    [InlineData("actor: ESP,", "actor: ESQ,", "ESQ", "events[0].actor", "did you mean 'ESP'?")]
    [InlineData("{ id: new-ngo, kind: ngo,", "{ id: new-ngo,", "new-ngo", "actors[1].id", "needs its kind")]
    [InlineData("attributes: { power: 0.1 }", "attributes: { bad: 0.1 }", "0.1", "actors[1].attributes.bad", "the toy mechanism refuses 'bad'")]
    public void Load_OneProblem_IsOneLocatedError(string line, string replacement, string at, string path, string message)
    {
        string text = Replace(line, replacement);
        var (row, column) = ScenarioReaderTests.Where(text, replacement, at);

        var error = SingleError(text);

        Assert.Equal(("test.yaml", row, column, path), (error.File, error.Line, error.Column, error.FieldPath));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CheckScenario_MustExistNextToTheFile()
    {
        string directory = Directory.CreateTempSubdirectory("willing-scenario-").FullName;
        try
        {
            var missing = Assert.Single(Load(ScenarioReaderTests.Valid, directory).Errors);
            Assert.Equal(ScenarioReaderTests.Where(ScenarioReaderTests.Valid, "scenario: other.yaml", "other.yaml"), (missing.Line, missing.Column));
            Assert.Equal("checks[0].scenario", missing.FieldPath);
            File.WriteAllText(Path.Combine(directory, "other.yaml"), "id: other\n");
            Assert.Empty(Load(ScenarioReaderTests.Valid, directory).Errors);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Load_ErrorsOfEveryStage_AreReportedAtOnce()
    {
        string text = ScenarioReaderTests.Valid
            .Replace("budget: 10", "budget: -3", StringComparison.Ordinal)
            .Replace("name: base_hazard", "name: verbose", StringComparison.Ordinal)
            .Replace("series: states-parties", "series: nope", StringComparison.Ordinal)
            .Replace("reporter: members,", "reporter: hidden,", StringComparison.Ordinal);

        var result = Load(text);

        Assert.Null(result.Simulation);
        Assert.NotNull(result.Scenario);
        Assert.Equal(["parameters.budget", "calibration.free[0].name", "calibration.target.reporter", "checks[0].target.series"], result.Errors.Select(e => e.FieldPath));
    }

    [Fact]
    public void Load_UnreadableFile_StopsAfterReading()
    {
        var result = Load(Replace("months: 84", "months: -1"));

        Assert.Null(result.Scenario);
        Assert.Equal("months", Assert.Single(result.Errors).FieldPath);
    }

    [Fact]
    public void Load_Registry_KnowsAlignment()
    {
        Assert.Contains("alignment", ScenarioMechanisms.Registered.Select(m => m.Name));
        Assert.NotNull(ScenarioMechanisms.Find("alignment"));
        var error = Assert.Single(ScenarioLoader.LoadText("test.yaml", ScenarioReaderTests.Valid, Cases.Value).Errors, e => e.FieldPath == "mechanism");
        Assert.Contains("alignment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithDefaults_ChangesOnlyTheDefaultsGiven()
    {
        var space = ToyScenarioMechanism.Instance.Parameters;

        var changed = space.WithDefaults([new("budget", 7L), new("base_hazard", 1L), new("mode", "b")]);

        Assert.Equal(space.Definitions.Select(d => (d.Name, d.Type, d.Minimum, d.Maximum, d.Description)), changed.Definitions.Select(d => (d.Name, d.Type, d.Minimum, d.Maximum, d.Description)));
        Assert.Equal(7, changed.Defaults.Long("budget"));
        Assert.Equal(1.0, changed.Defaults.Double("base_hazard"));
        Assert.Equal("b", changed.Defaults.String("mode"));
        Assert.False(changed.Defaults.Bool("verbose"));
        Assert.Equal(5, space.Defaults.Long("budget"));
        Assert.Throws<ArgumentException>(() => space.WithDefaults([new("budget", 101L)]));
        Assert.Throws<ArgumentException>(() => space.WithDefaults([new("nope", 1L)]));
        Assert.Throws<ArgumentException>(() => space.WithDefaults([new("budget", 1L), new("budget", 2L)]));
    }
}
