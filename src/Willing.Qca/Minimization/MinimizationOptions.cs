namespace Willing.Qca.Minimization;

/// <summary>Bounds on the work and memory of a minimisation, and how many equally minimal solutions to list.</summary>
/// <remarks>
/// Every bound is checked as the work goes, so a problem past them ends with a <see cref="MinimizationLimitException"/>
/// naming the bound, never with an exhausted machine. The default bounds hold the prime implicant chart under about
/// 150 MB for a thousand positive rows (each prime implicant costs 8 bytes plus one bit per positive row).
/// </remarks>
public sealed record MinimizationOptions
{
    /// <summary>The defaults: 1,000 solutions listed, 1,000,000 prime implicants, 200,000,000 search steps, 10,000 intermediate pairs, no time limit.</summary>
    public static MinimizationOptions Default { get; } = new();

    /// <summary>
    /// The most equally minimal solutions to list for one chart; past it the listing stops and
    /// <see cref="SolutionSet.SolutionLimitReached"/> says so (the ones listed are still minimal).
    /// </summary>
    public int MaxSolutions { get; init; } = 1000;

    /// <summary>The most prime implicants one chart may hold.</summary>
    public int MaxPrimeImplicants { get; init; } = 1_000_000;

    /// <summary>The most steps (search nodes, consensus pairs) one phase of the minimisation may take.</summary>
    public long MaxSearchSteps { get; init; } = 200_000_000;

    /// <summary>
    /// The most pairs of a conservative and a parsimonious solution an intermediate minimisation may derive solutions
    /// from (each pair is a minimisation of its own).
    /// </summary>
    public int MaxIntermediatePairs { get; init; } = 10_000;

    /// <summary>The wall-clock time the whole minimisation may take, or null for no limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Refuses non-positive bounds.</summary>
    internal void Validate()
    {
        if (MaxSolutions < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxSolutions), MaxSolutions, "at least one solution must be listed");
        if (MaxPrimeImplicants < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxPrimeImplicants), MaxPrimeImplicants, "must be positive");
        if (MaxSearchSteps < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxSearchSteps), MaxSearchSteps, "must be positive");
        if (MaxIntermediatePairs < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxIntermediatePairs), MaxIntermediatePairs, "must be positive");
        if (TimeLimit is { } t && t <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(TimeLimit), t, "must be positive");
    }
}
