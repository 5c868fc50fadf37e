namespace Willing.Simulation.Data;

/// <summary>At which steps a table records rows: every <see cref="Every"/>-th step counting from step 0, and the final step if <see cref="Final"/>.</summary>
/// <param name="Every">The interval in steps (1: every step, including step 0); 0 for none at a regular interval.</param>
/// <param name="Final">Whether the final step of the run is recorded (once, even when it is also on the interval).</param>
public sealed record CollectionSchedule(int Every, bool Final)
{
    /// <summary>No rows.</summary>
    public static CollectionSchedule Never { get; } = new(0, false);

    /// <summary>Every step, from step 0 to the final step.</summary>
    public static CollectionSchedule EveryStep { get; } = new(1, true);

    /// <summary>The final step only.</summary>
    public static CollectionSchedule FinalStep { get; } = new(0, true);

    /// <summary>Whether the schedule records any rows.</summary>
    public bool IsActive => Every > 0 || Final;

    /// <summary>Whether step <paramref name="step"/> is recorded; <paramref name="final"/> says whether it is the run's last.</summary>
    public bool IsDue(long step, bool final) => (Every > 0 && step % Every == 0) || (Final && final);

    /// <summary>The schedule as written in the batch specification, e.g. <c>every 1, final</c>.</summary>
    public override string ToString() => $"every {Every}{(Final ? ", final" : "")}";
}
