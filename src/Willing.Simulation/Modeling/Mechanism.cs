using Willing.Simulation.Data;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Modeling;

/// <summary>
/// A mechanism: how a coalition forms or unravels, as agents, step rules, reporters and documented parameters.
/// Derive from it, give a model type, and the batch runner, the outputs and the sharding come with it.
/// </summary>
/// <typeparam name="TModel">The mechanism's model type.</typeparam>
/// <remarks>
/// A mechanism instance holds the scenario's fixed inputs (a network, given thresholds, actors' attributes …)
/// and creates one fresh model per run from a <see cref="RunContext"/>. It must be safe to call
/// <see cref="CreateModel"/> from several threads at once: keep the instance's inputs immutable, and give each
/// model its own mutable state (its own copy of the network). Everything random in a run must come from the
/// model's <see cref="Model.Random"/>, so that a run depends on its seed and parameters only.
/// </remarks>
public abstract class Mechanism<TModel> where TModel : Model
{
    /// <summary>The mechanism's id in kebab case (e.g. <c>threshold-cascade</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The version of the mechanism's rules; bump it when a change alters results, so older files no longer pass as the same batch.</summary>
    public abstract int Version { get; }

    /// <summary>What the mechanism models, in a paragraph.</summary>
    public abstract string Description { get; }

    /// <summary>The literature the rules come from (author, year, title, where).</summary>
    public abstract string Source { get; }

    /// <summary>The parameters, with their defaults, ranges and meaning; the same instance on every call (parameter sets are tied to it).</summary>
    public abstract ParameterSpace Parameters { get; }

    /// <summary>The model-level and agent-level reporters; build the set once (in a field or an initialised property), it is read for every run.</summary>
    public abstract ReporterSet<TModel> Reporters { get; }

    /// <summary>
    /// A digest of the instance's fixed inputs (e.g. a hash of its network and given values), so that batches over
    /// different inputs never pass as the same batch; empty when the mechanism has none.
    /// </summary>
    public virtual string ConfigurationDigest => "";

    /// <summary>Creates the model of one run: its agents, network and activation, from the run's seed and parameters.</summary>
    public abstract TModel CreateModel(RunContext context);
}
