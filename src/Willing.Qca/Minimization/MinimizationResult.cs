using System.Collections.Immutable;

namespace Willing.Qca.Minimization;

/// <summary>What a minimisation found: the solution sets its policy needs and the solutions it asked for.</summary>
/// <remarks>
/// A conservative problem fills <see cref="Conservative"/>, a parsimonious one <see cref="Parsimonious"/>, and an
/// intermediate one both of them and <see cref="Intermediate"/> (one set per pair of a listed conservative and a listed
/// parsimonious solution, conservative-major, as QCA lists them).
/// </remarks>
public sealed class MinimizationResult
{
    internal MinimizationResult(MinimizationProblem problem, SolutionSet? conservative, SolutionSet? parsimonious, ImmutableArray<IntermediateSolutionSet> intermediate)
    {
        Problem = problem;
        Conservative = conservative;
        Parsimonious = parsimonious;
        Intermediate = intermediate;
        switch (problem.Policy)
        {
            case RemainderPolicy.Conservative:
                Solutions = conservative!.Solutions;
                SolutionLimitReached = conservative.SolutionLimitReached;
                break;
            case RemainderPolicy.Parsimonious:
                Solutions = parsimonious!.Solutions;
                SolutionLimitReached = parsimonious.SolutionLimitReached;
                break;
            default:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                Solutions = [.. intermediate.SelectMany(s => s.Result.Solutions).Where(s => seen.Add(s.Expression))];
                SolutionLimitReached = conservative!.SolutionLimitReached || parsimonious!.SolutionLimitReached || intermediate.Any(s => s.Result.SolutionLimitReached);
                break;
        }
    }

    /// <summary>The problem solved.</summary>
    public MinimizationProblem Problem { get; }

    /// <summary>The conservative minimisation (for the conservative and intermediate policies), or null.</summary>
    public SolutionSet? Conservative { get; }

    /// <summary>The parsimonious minimisation (for the parsimonious and intermediate policies), or null.</summary>
    public SolutionSet? Parsimonious { get; }

    /// <summary>The intermediate minimisations, one per pair of conservative and parsimonious solution; empty for other policies.</summary>
    public ImmutableArray<IntermediateSolutionSet> Intermediate { get; }

    /// <summary>
    /// The solutions of the policy asked for; for the intermediate policy, every distinct intermediate solution, in the
    /// order of the pairs.
    /// </summary>
    public ImmutableArray<Solution> Solutions { get; }

    /// <summary>Whether more than one solution was found (model ambiguity).</summary>
    public bool IsAmbiguous => Solutions.Length > 1;

    /// <summary>Whether some list of solutions behind <see cref="Solutions"/> stopped at <see cref="MinimizationOptions.MaxSolutions"/>.</summary>
    public bool SolutionLimitReached { get; }
}
