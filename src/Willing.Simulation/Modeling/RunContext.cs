using Willing.Simulation.Parameters;

namespace Willing.Simulation.Modeling;

/// <summary>What a model is created with: which run of which batch it is, its seed and its parameters.</summary>
/// <param name="Run">The run's index in its batch (0-based); 0 for a run outside a batch.</param>
/// <param name="Point">The index of the run's parameter point in the batch's grid (0-based).</param>
/// <param name="Replicate">The run's replicate at that point (0-based).</param>
/// <param name="Seed">The seed of the model's random source (non-negative), recorded in every row of the run.</param>
/// <param name="Parameters">A value for every parameter of the mechanism.</param>
public sealed record RunContext(long Run, long Point, long Replicate, long Seed, ParameterSet Parameters);
