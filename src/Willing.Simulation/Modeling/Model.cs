using Willing.Simulation.Parameters;
using Willing.Simulation.Randomness;

namespace Willing.Simulation.Modeling;

/// <summary>
/// One run of a mechanism: it owns the run's only random source, counts its steps, keeps its clock and says
/// when it has stopped.
/// </summary>
/// <remarks>
/// Step 0 is the state after set-up, before any step. <see cref="Step"/> advances by one; after it,
/// <see cref="StepCount"/> is the number of steps taken and <see cref="Month"/> is
/// <c>StepCount * MonthsPerStep</c>, the model's clock in months since the start. A model stops itself with
/// <see cref="Stop"/> (a condition of its own, such as a cascade that has come to rest); a batch also stops it at
/// its step limit. Derive from <see cref="Model{TAgent}"/>, which states the activation order of the agents.
/// </remarks>
public abstract class Model
{
    /// <summary>Creates the model's random source from the context's seed.</summary>
    /// <param name="context">The run's identity, seed and parameters.</param>
    /// <param name="monthsPerStep">The length of one step in months (positive); 1 by default.</param>
    protected Model(RunContext context, double monthsPerStep = 1)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!double.IsFinite(monthsPerStep) || monthsPerStep <= 0)
            throw new ArgumentOutOfRangeException(nameof(monthsPerStep), monthsPerStep, "a step lasts a positive, finite number of months");
        Context = context;
        MonthsPerStep = monthsPerStep;
        Random = new SimulationRandom(context.Seed);
    }

    /// <summary>The run's identity, seed and parameters.</summary>
    public RunContext Context { get; }

    /// <summary>The run's parameters.</summary>
    public ParameterSet Parameters => Context.Parameters;

    /// <summary>The model's one random source, seeded with <see cref="RunContext.Seed"/>; agents draw from it too.</summary>
    public SimulationRandom Random { get; }

    /// <summary>The number of steps taken (0 before the first).</summary>
    public long StepCount { get; private set; }

    /// <summary>The length of one step in months.</summary>
    public double MonthsPerStep { get; }

    /// <summary>The clock: months since the start, <c>StepCount * MonthsPerStep</c>.</summary>
    public double Month => StepCount * MonthsPerStep;

    /// <summary>Whether the model goes on; false once it has called <see cref="Stop"/>.</summary>
    public bool IsRunning { get; private set; } = true;

    /// <summary>Why the model stopped itself, or null while it runs.</summary>
    public string? StopReason { get; private set; }

    /// <summary>The number of agents.</summary>
    public abstract int AgentCount { get; }

    /// <summary>The agent at index <paramref name="index"/>.</summary>
    public abstract Agent AgentAt(int index);

    /// <summary>Takes one step: runs the activation, then counts the step.</summary>
    /// <exception cref="InvalidOperationException">The model has stopped.</exception>
    public void Step()
    {
        if (!IsRunning)
            throw new InvalidOperationException($"the model has stopped ({StopReason}) and takes no more steps");
        StepCore();
        StepCount++;
    }

    /// <summary>Steps until the model stops itself or has taken <paramref name="stepLimit"/> steps in all; the number of steps taken by this call.</summary>
    /// <remarks>For a model run by hand; a batch steps the model itself, recording rows between steps.</remarks>
    public long Run(long stepLimit)
    {
        long start = StepCount;
        while (IsRunning && StepCount < stepLimit)
            Step();
        return StepCount - start;
    }

    /// <summary>Stops the model at the end of the current step (or now, before the first); the reason is kept in <see cref="StopReason"/>.</summary>
    public void Stop(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        IsRunning = false;
        StopReason ??= reason;
    }

    /// <summary>What one step does.</summary>
    protected abstract void StepCore();
}
