using System.Collections.Immutable;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Analysis;

/// <summary>The curves of a Monte Carlo ensemble: one reporter's value at every step of every replicate.</summary>
/// <param name="Reporter">The reporter.</param>
/// <param name="Parameters">The parameters every replicate ran with.</param>
/// <param name="Seed">The master seed; replicate <c>r</c> ran with <c>RunSeeds.Derive(Seed, r)</c>.</param>
/// <param name="Seeds">Each replicate's seed.</param>
/// <param name="Curves">Curves[replicate][step], steps 0 to the step limit.</param>
public sealed record EnsembleCurves(string Reporter, ParameterSet Parameters, long Seed, ImmutableArray<long> Seeds, ImmutableArray<ImmutableArray<double>> Curves)
{
    /// <summary>The number of replicates.</summary>
    public int Replicates => Curves.Length;

    /// <summary>The number of steps per curve (the step limit + 1).</summary>
    public int Steps => Curves.IsEmpty ? 0 : Curves[0].Length;

    /// <summary>The replicates' values at <paramref name="step"/>, in replicate order.</summary>
    public double[] At(int step) => [.. Curves.Select(c => c[step])];

    /// <summary>The mean over the replicates at <paramref name="step"/>.</summary>
    public double MeanAt(int step)
    {
        double sum = 0;
        foreach (var c in Curves)
            sum += c[step];
        return sum / Curves.Length;
    }

    /// <summary>Each replicate's value at the last step.</summary>
    public double[] Final() => At(Steps - 1);
}
