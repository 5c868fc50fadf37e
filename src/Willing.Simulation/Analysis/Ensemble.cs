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
    /// <param name="sim">The simulation.</param>
    /// <param name="parameters">The parameters of every replicate.</param>
    /// <param name="reporter">The curve to keep.</param>
    /// <param name="replicates">How many replicates.</param>
    /// <param name="seed">The master seed.</param>
    /// <param name="threads">How many replicates run at once.</param>
    /// <param name="replicateDone">Called after each replicate, on the thread that ran it (a progress count).</param>
    /// <param name="cancellationToken">Stops starting replicates; the run then throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentException">The reporter is not one of the simulation's curves.</exception>
    public static EnsembleCurves Run(IScenarioSimulation sim, ParameterSet parameters, string reporter, int replicates, long seed, int threads = 1,
        Action? replicateDone = null, CancellationToken cancellationToken = default)
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
            {
                cancellationToken.ThrowIfCancellationRequested();
                curves[r] = [.. sim.Curve(parameters, seeds[r], reporter)];
                replicateDone?.Invoke();
            }
        }
        else
        {
            // Parallel.For stops starting replicates once the token is cancelled, and then throws OperationCanceledException.
            Parallel.For(0, replicates, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, r =>
            {
                curves[r] = [.. sim.Curve(parameters, seeds[r], reporter)];
                replicateDone?.Invoke();
            });
        }

        cancellationToken.ThrowIfCancellationRequested();

        return new EnsembleCurves(reporter, parameters, seed, [.. seeds], [.. curves]);
    }
}
