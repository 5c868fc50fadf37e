using Willing.Simulation.Modeling;

namespace Willing.Simulation.Data;

/// <summary>Everything one run gave: its tables, how many steps it took and why it stopped.</summary>
/// <param name="Context">The run's identity, seed and parameters.</param>
/// <param name="Model">The model table's rows.</param>
/// <param name="Agents">The agent table's rows; null when the batch records none.</param>
/// <param name="Steps">The number of steps the run took.</param>
/// <param name="StopReason">Why the model stopped itself, or null when it reached the step limit.</param>
public sealed record RunResult(RunContext Context, SimulationTable Model, SimulationTable? Agents, long Steps, string? StopReason);
