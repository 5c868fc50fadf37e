using System.Collections.Immutable;
using Willing.Simulation.Parameters;
using Willing.Simulation.Randomness;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Analysis;

/// <summary>Monte Carlo ensembles of a scenario's curves.</summary>
public static class Ensemble
{
    /// <summary>
    /// Runs <paramref name="replicates"/> replicates of <paramref name="sim"/> with <paramref name="parameters"/> and
    /// returns their curves of <paramref name="reporter"/> (<see cref="IScenarioSimulation.Curve"/>). Replicate <c>r</c>
    /// runs with the seed <see cref="RunSeeds.Derive"/>(<paramref name="seed"/>, r), whatever thread runs it, so the
    /// result is the same for any <paramref name="threads"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The reporter is not one of the simulation's curves.</exception>
    public static EnsembleCurves Run(IScenarioSimulation sim, ParameterSet parameters, string reporter, int replicates, long seed, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(sim);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(replicates);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        if (!sim.Curves.Contains(reporter))
            throw new ArgumentException($"{reporter} is not a curve of the scenario {sim.Scenario.Id} (its curves: {string.Join(", ", sim.Curves)})", nameof(reporter));
        var seeds = new long[replicates];
        for (int r = 0; r < replicates; r++)
            seeds[r] = RunSeeds.Derive(seed, r);
        var curves = new ImmutableArray<double>[replicates];
        if (threads == 1 || replicates == 1)
        {
            for (int r = 0; r < replicates; r++)
                curves[r] = [.. sim.Curve(parameters, seeds[r], reporter)];
        }
        else
        {
            Parallel.For(0, replicates, new ParallelOptions { MaxDegreeOfParallelism = threads },
                r => curves[r] = [.. sim.Curve(parameters, seeds[r], reporter)]);
        }

        return new EnsembleCurves(reporter, parameters, seed, [.. seeds], [.. curves]);
    }
}
