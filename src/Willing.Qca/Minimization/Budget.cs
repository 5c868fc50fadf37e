using System.Diagnostics;

namespace Willing.Qca.Minimization;

/// <summary>The cancellation token, the deadline and the step count of one minimisation, checked every few thousand steps.</summary>
internal sealed class Budget
{
    private readonly CancellationToken _cancellation;
    private readonly long _deadline;
    private readonly long _maxSteps;
    private long _steps;
    private string _phase = "";

    public Budget(MinimizationOptions options, CancellationToken cancellation)
    {
        Options = options;
        _cancellation = cancellation;
        _maxSteps = options.MaxSearchSteps;
        _deadline = options.TimeLimit is { } t ? Stopwatch.GetTimestamp() + (long)(t.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
    }

    public MinimizationOptions Options { get; }

    /// <summary>Starts a phase: its steps are counted from zero and named in the message of a limit reached.</summary>
    public void Begin(string phase)
    {
        _phase = phase;
        _steps = 0;
        Check();
    }

    /// <summary>Counts one step; every 4,096 steps checks cancellation, the deadline and the step bound.</summary>
    public void Step()
    {
        if ((++_steps & 4095) == 0)
            Check();
    }

    /// <summary>Counts many steps at once.</summary>
    public void Steps(long count)
    {
        long before = _steps;
        _steps += count;
        if ((before >> 12) != (_steps >> 12))
            Check();
    }

    public void Check()
    {
        _cancellation.ThrowIfCancellationRequested();
        if (_steps > _maxSteps)
            throw new MinimizationLimitException(MinimizationLimit.SearchSteps, $"{_phase}: more than {_maxSteps:N0} search steps", "MinimizationOptions.MaxSearchSteps");
        if (Stopwatch.GetTimestamp() > _deadline)
            throw new MinimizationLimitException(MinimizationLimit.Time, $"{_phase}: the time limit of {Options.TimeLimit} ran out", "MinimizationOptions.TimeLimit");
    }

    /// <summary>Throws when a chart would hold more prime implicants than allowed.</summary>
    public void CheckPrimeCount(long count)
    {
        if (count > Options.MaxPrimeImplicants)
            throw new MinimizationLimitException(MinimizationLimit.PrimeImplicants, $"{_phase}: more than {Options.MaxPrimeImplicants:N0} prime implicants", "MinimizationOptions.MaxPrimeImplicants");
    }
}
