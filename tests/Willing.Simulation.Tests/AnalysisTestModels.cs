using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Core.Reading.Yaml;
using Willing.Simulation.Data;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Tests;

/// <summary>
/// A stochastic logistic growth: each step every non-member of a population of <c>population</c> joins with
/// probability min(1, <c>rate</c> × members / population), starting from <c>initial</c> members. The known parameter
/// the calibration tests recover is <c>rate</c>.
/// </summary>
internal sealed class LogisticModel : Model
{
    public LogisticModel(RunContext context) : base(context)
    {
        Population = (int)context.Parameters.Long("population");
        Rate = context.Parameters.Double("rate");
        Members = (int)Math.Min(Population, context.Parameters.Long("initial"));
    }

    public int Population { get; }

    public double Rate { get; }

    public int Members { get; private set; }

    public override int AgentCount => 0;

    public override Agent AgentAt(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    protected override void StepCore()
    {
        double p = Math.Min(1, Rate * Members / Population);
        int joined = 0;
        for (int i = Members; i < Population; i++)
        {
            if (Random.NextDouble() < p)
                joined++;
        }

        Members += joined;
    }
}

internal sealed class LogisticMechanism(long population = 100, bool withRate = true) : Mechanism<LogisticModel>
{
    public override string Name => "logistic-test";

    public override int Version => 1;

    public override string Description => "stochastic logistic growth, for the analysis tests";

    public override string Source => "the tests";

    public override ParameterSpace Parameters { get; } = new(withRate
        ? [
            ParameterDefinition.Long("population", population, 1, 10_000, "the population"),
            ParameterDefinition.Double("rate", 0.3, 0, 2, "the contagion rate"),
            ParameterDefinition.Long("initial", 2, 0, 10_000, "initial members"),
            ParameterDefinition.Double("noise", 0.5, 0, 1, "a parameter the model does not read"),
        ]
        : [
            ParameterDefinition.Long("population", population, 1, 10_000, "the population"),
            ParameterDefinition.Long("initial", 2, 0, 10_000, "initial members"),
        ]);

    public override ReporterSet<LogisticModel> Reporters { get; } = new ReporterSet<LogisticModel>()
        .WithLong("members", "members", m => m.Members);

    public override LogisticModel CreateModel(RunContext context) =>
        withRate ? new LogisticModel(context) : new LogisticModel(new RunContext(context.Run, context.Point, context.Replicate, context.Seed, WithRate(context.Parameters)));

    private static ParameterSet WithRate(ParameterSet p)
    {
        var full = new LogisticMechanism(p.Long("population")).Parameters.Defaults;
        return full.With("initial", p.Long("initial"));
    }
}

internal static class AnalysisScenarios
{
    public static Scenario Scenario(string id, int months, ScenarioMonth start) => new(
        $"{id}.yaml", id, id, "logistic-test", null, null, start, months, [], null, [], [], null, [], [], new YamlPosition(1, 1));

    public static ScenarioSimulation<LogisticModel> Logistic(string id = "logistic", int months = 24, long population = 100, bool fast = true, bool withRate = true) =>
        new(Scenario(id, months, new ScenarioMonth(2000, 1)), new LogisticMechanism(population, withRate), ["members"],
            fast ? (m, _) => m.Members : null);

    public static ScenarioFreeParameter Free(string name, double low, double high) => new(name, low, high, new YamlPosition(1, 1), $"calibration.free.{name}");

    public static ScenarioCalibration Calibration(int replicates, int evaluations, params ScenarioFreeParameter[] free) => new(
        [.. free], new ScenarioTarget(new CoalitionId("none"), "s", null, "members", null, new YamlPosition(1, 1), "calibration.target"),
        "rmse", replicates, evaluations, new YamlPosition(1, 1), "calibration");

    public static Willing.Simulation.Analysis.ObservedCurve Observed(string label, IEnumerable<(int Step, double Value)> points, ScenarioMonth start) =>
        new(label, new CoalitionId("none"), ["test"], [.. points.Select(p => new Willing.Simulation.Analysis.ObservedPoint(p.Step, start.Plus(p.Step), p.Value))], ImmutableArray<string>.Empty);
}
