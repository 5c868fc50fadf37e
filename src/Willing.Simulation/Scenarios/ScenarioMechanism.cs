using System.Collections.Immutable;
using Willing.Core.Reading;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Scenarios;

/// <summary>
/// A mechanism that scenario files can name: it checks a scenario against itself and the case base and builds the
/// runnable simulation. The registry of names is <see cref="ScenarioMechanisms"/>.
/// </summary>
public abstract class ScenarioMechanism
{
    /// <summary>The name scenario files use (kebab case), e.g. <c>leader-recruitment</c>.</summary>
    public abstract string Name { get; }

    /// <summary>One sentence on what the mechanism does.</summary>
    public abstract string Description { get; }

    /// <summary>The literature it implements.</summary>
    public abstract string Source { get; }

    /// <summary>The parameter space before a scenario's fixed values are applied (names, types, defaults, ranges).</summary>
    public abstract ParameterSpace Parameters { get; }

    /// <summary>The actor attributes the mechanism reads (name → meaning), for the documentation and for checking scenario files.</summary>
    public abstract ImmutableDictionary<string, string> Attributes { get; }

    /// <summary>The event kinds the mechanism reads (kind → meaning).</summary>
    public abstract ImmutableDictionary<string, string> EventKinds { get; }

    /// <summary>
    /// Whether <see cref="Build"/> itself reports the scenario's actors that are neither in the case nor given a kind
    /// (with the mechanism's own hints); the loader then leaves them to it, so that each is reported once.
    /// </summary>
    public virtual bool ChecksActors => false;

    /// <summary>
    /// Builds the simulation of <paramref name="context"/>'s scenario, or adds every problem (an unknown actor, an
    /// event the mechanism cannot use, a missing attribute) to <paramref name="context"/>'s diagnostics, located in the
    /// scenario file, and returns null.
    /// </summary>
    public abstract IScenarioSimulation? Build(ScenarioContext context);
}

/// <summary>What a mechanism builds a scenario from.</summary>
/// <param name="Scenario">The scenario as read.</param>
/// <param name="Cases">The case base its case is looked up in.</param>
/// <param name="Parameters">The mechanism's parameter space with the scenario's fixed values as defaults.</param>
/// <param name="Diagnostics">Where problems are reported, located in the scenario file.</param>
public sealed record ScenarioContext(Scenario Scenario, CaseBase Cases, ParameterSpace Parameters, InputDiagnostics Diagnostics);
