using System.Collections.Immutable;
using Willing.Core.Reading;
using Willing.Simulation.Parameters;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Mechanisms.Alignment;

/// <summary>
/// The scenario mechanism <c>alignment</c>: <see cref="LandscapeAlignment"/> over the actors a scenario lists, their
/// sizes from the attribute <c>size</c> and their propensities derived from the case base by
/// <see cref="AlignmentPropensities"/> at the scenario's start month (see <c>docs/simulation-alignment.md</c>).
/// </summary>
public sealed class AlignmentScenarioMechanism : ScenarioMechanism
{
    /// <summary>The one instance, as registered in <see cref="ScenarioMechanisms"/>.</summary>
    public static AlignmentScenarioMechanism Instance { get; } = new();

    private AlignmentScenarioMechanism()
    {
    }

    /// <inheritdoc />
    public override string Name => "alignment";

    /// <inheritdoc />
    public override string Description =>
        "Axelrod and Bennett's landscape theory of aggregation: two sides, each actor switching when that lowers its frustration, until a local minimum of the energy.";

    /// <inheritdoc />
    public override string Source =>
        "Axelrod, R. and Bennett, D. S. (1993). A Landscape Theory of Aggregation. British Journal of Political Science 23(2): 211-233.";

    /// <inheritdoc />
    public override ParameterSpace Parameters => LandscapeAlignment.DefaultParameters;

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> Attributes { get; } = ImmutableDictionary.CreateRange(StringComparer.Ordinal, [
        new KeyValuePair<string, string>("size", "the actor's size s_i, positive (default 1); Axelrod and Bennett use national power"),
        new KeyValuePair<string, string>("initial_side", "the actor's side at step 0 when initial_sides is given: 0 (side a) or 1 (side b)"),
    ]);

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> EventKinds { get; } = ImmutableDictionary<string, string>.Empty;

    /// <inheritdoc />
    public override IScenarioSimulation? Build(ScenarioContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scenario = context.Scenario;
        var d = context.Diagnostics;
        int before = d.Count;
        if (scenario.Actors.Length < 2)
            d.Add(scenario.Position, "actors", "the alignment mechanism needs at least two actors listed under actors");
        if (scenario.Population is { } population)
            d.Add(population.Position, population.Path, "the alignment mechanism takes the named actors only: remove population");
        foreach (var e in scenario.Events)
            d.Add(e.Position, e.Path, $"the alignment mechanism reads no events (the landscape is fixed for the run); remove the event '{Echo.Quote(e.Kind)}'");
        var sizes = new double[scenario.Actors.Length];
        var sides = new int[scenario.Actors.Length];
        for (int i = 0; i < scenario.Actors.Length; i++)
        {
            var actor = scenario.Actors[i];
            sizes[i] = 1;
            sides[i] = -1;
            if (actor.Kind is { } kind && kind != "state")
                d.Add(actor.Position, YamlFields.Child(actor.Path, "kind"), $"the alignment mechanism's actors are states; '{Echo.Quote(kind)}' is not");
            foreach (var value in actor.Attributes)
            {
                switch (value.Name)
                {
                    case "size" when value.Value > 0:
                        sizes[i] = value.Value;
                        break;
                    case "size":
                        d.Add(value.Position, value.Path, "size must be positive");
                        break;
                    case "initial_side" when value.Value is 0 or 1:
                        sides[i] = (int)value.Value;
                        break;
                    case "initial_side":
                        d.Add(value.Position, value.Path, "initial_side is 0 (side a) or 1 (side b)");
                        break;
                    default:
                        string hint = d.Suggest(value.Name, Attributes.Keys) is { } near ? $"did you mean '{near}'? " : string.Empty;
                        d.Add(value.Position, value.Path, $"the alignment mechanism reads no attribute '{Echo.Quote(value.Name)}'; {hint}it reads: {string.Join(", ", Attributes.Keys.Order(StringComparer.Ordinal))}");
                        break;
                }
            }
        }

        if (d.Count > before)
            return null;
        var ids = scenario.Actors.Select(a => a.Id).ToArray();
        var propensities = AlignmentPropensities.Derive(context.Cases, ids, scenario.Start, scenario.Case?.Id);
        var landscape = new AlignmentLandscape(ids, sizes, propensities, sides);
        var mechanism = new LandscapeAlignment(landscape, context.Parameters);
        return new ScenarioSimulation<LandscapeAlignmentModel>(scenario, mechanism, ["side_a", "side_b"], static (m, reporter) => reporter switch
        {
            "side_a" => m.CountOnSide(0),
            "side_b" => m.CountOnSide(1),
            _ => throw new ArgumentException($"{reporter} is not a curve of the alignment mechanism", nameof(reporter)),
        });
    }
}
