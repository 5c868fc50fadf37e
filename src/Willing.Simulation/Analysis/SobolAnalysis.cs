using System.Collections.Immutable;
using Willing.Simulation.Randomness;

namespace Willing.Simulation.Analysis;

/// <summary>Settings of a Sobol analysis.</summary>
/// <param name="BaseSamples">N, the rows of each of the matrices A and B; the model is evaluated N (k + 2) times.</param>
/// <param name="Seed">The seed of the sample (and, derived from it, of the bootstrap).</param>
/// <param name="Bootstrap">Bootstrap resamples for the confidence intervals (0: none).</param>
/// <param name="Confidence">The intervals' level, e.g. 0.95.</param>
/// <param name="Threads">Threads evaluating the model; the result is the same for any number.</param>
public sealed record SobolOptions(int BaseSamples = 1024, long Seed = 1, int Bootstrap = 1000, double Confidence = 0.95, int Threads = 1);

/// <summary>Variance-based sensitivity indices (Sobol 1993) by Saltelli's (2010) scheme.</summary>
/// <remarks>
/// <para>
/// Sampling: two N × k matrices A and B of independent uniforms on each factor's range, and for each factor i the
/// matrix A_B^i, A with its column i taken from B (Saltelli et al. 2010, "Variance based sensitivity analysis of model
/// output", <i>Computer Physics Communications</i> 181: 259–270, §3). The uniforms are pseudo-random from
/// <see cref="SimulationRandom"/> seeded with <c>RunSeeds.Derive(seed, 0)</c>, filling A row by row and then B; no
/// library on this project's package list provides a quasi-random Sobol sequence, which would converge faster.
/// </para>
/// <para>
/// With f_A, f_B and f_ABi the model's values on the rows, and V the variance (divisor 2N) of f_A and f_B pooled:
/// the first-order index S_i = (1/N) Σ f_B (f_ABi − f_A) / V (Saltelli 2010, table 2 (b)); the total index
/// S_Ti = (1/2N) Σ (f_A − f_ABi)² / V (Jansen 1999, table 2 (f)). These are the estimators of SALib's <c>sobol.analyze</c>.
/// Confidence intervals are bootstrap percentile intervals: the N rows resampled with replacement
/// (<see cref="SimulationRandom"/> seeded with <c>RunSeeds.Derive(seed, 1)</c>), the indices recomputed on each resample,
/// and the (1 − c)/2 and (1 + c)/2 type-7 quantiles of those taken.
/// </para>
/// </remarks>
public static class SobolAnalysis
{
    /// <summary>The indices of <paramref name="model"/> over factors uniform on <paramref name="ranges"/>.</summary>
    /// <exception cref="ArgumentException">No factor, names and ranges of different lengths, an empty range, or N below 2.</exception>
    public static SobolResult Run(IReadOnlyList<string> names, IReadOnlyList<(double Low, double High)> ranges, Func<double[], double> model, string metric, SobolOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(model);
        var o = options ?? new SobolOptions();
        int k = names.Count, n = o.BaseSamples;
        if (k == 0 || ranges.Count != k)
            throw new ArgumentException("a Sobol analysis has at least one factor, each with a range", nameof(ranges));
        if (ranges.Any(r => !(r.Low < r.High) || !double.IsFinite(r.Low) || !double.IsFinite(r.High)))
            throw new ArgumentException("every factor's range is finite and not empty", nameof(ranges));
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(o.Bootstrap);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(o.Threads);
        if (!(o.Confidence > 0 && o.Confidence < 1))
            throw new ArgumentException("the confidence level lies between 0 and 1", nameof(options));

        var random = new SimulationRandom(RunSeeds.Derive(o.Seed, 0));
        double[][] a = Matrix(n, k, ranges, random), b = Matrix(n, k, ranges, random);

        // Rows: A (0 … N−1), B (N … 2N−1), then A_B^i for i = 0 … k−1 (each N rows).
        int rows = n * (k + 2);
        var y = new double[rows];
        Parallel.For(0, rows, new ParallelOptions { MaxDegreeOfParallelism = o.Threads }, row =>
        {
            int block = row / n, j = row % n;
            var x = new double[k];
            for (int i = 0; i < k; i++)
                x[i] = block == 1 ? b[j][i] : block >= 2 && i == block - 2 ? b[j][i] : a[j][i];
            y[row] = model(x);
        });

        int[] all = [.. Enumerable.Range(0, n)];
        var (mean, variance, first, total) = Estimate(y, n, k, all);
        var firstSamples = new double[k][];
        var totalSamples = new double[k][];
        for (int i = 0; i < k; i++)
        {
            firstSamples[i] = new double[o.Bootstrap];
            totalSamples[i] = new double[o.Bootstrap];
        }

        var boot = new SimulationRandom(RunSeeds.Derive(o.Seed, 1));
        var idx = new int[n];
        for (int r = 0; r < o.Bootstrap; r++)
        {
            for (int j = 0; j < n; j++)
                idx[j] = boot.NextInt(n);
            var (_, _, f, t) = Estimate(y, n, k, idx);
            for (int i = 0; i < k; i++)
            {
                firstSamples[i][r] = f[i];
                totalSamples[i][r] = t[i];
            }
        }

        double lo = (1 - o.Confidence) / 2, hi = (1 + o.Confidence) / 2;
        var indices = ImmutableArray.CreateBuilder<SobolIndex>(k);
        for (int i = 0; i < k; i++)
        {
            Array.Sort(firstSamples[i]);
            Array.Sort(totalSamples[i]);
            bool ci = o.Bootstrap > 0;
            indices.Add(new SobolIndex(names[i], first[i],
                ci ? Quantiles.OfSorted(firstSamples[i], lo) : double.NaN, ci ? Quantiles.OfSorted(firstSamples[i], hi) : double.NaN,
                total[i],
                ci ? Quantiles.OfSorted(totalSamples[i], lo) : double.NaN, ci ? Quantiles.OfSorted(totalSamples[i], hi) : double.NaN));
        }

        return new SobolResult(metric, n, rows, mean, variance, o.Seed, o.Bootstrap, o.Confidence, indices.MoveToImmutable());
    }

    private static double[][] Matrix(int n, int k, IReadOnlyList<(double Low, double High)> ranges, SimulationRandom random)
    {
        var m = new double[n][];
        for (int j = 0; j < n; j++)
        {
            m[j] = new double[k];
            for (int i = 0; i < k; i++)
                m[j][i] = ranges[i].Low + (random.NextDouble() * (ranges[i].High - ranges[i].Low));
        }

        return m;
    }

    private static (double Mean, double Variance, double[] First, double[] Total) Estimate(double[] y, int n, int k, int[] rows)
    {
        double sum = 0, sq = 0;
        foreach (int j in rows)
        {
            sum += y[j] + y[n + j];
        }

        double mean = sum / (2 * rows.Length);
        foreach (int j in rows)
            sq += ((y[j] - mean) * (y[j] - mean)) + ((y[n + j] - mean) * (y[n + j] - mean));
        double variance = sq / (2 * rows.Length);
        var first = new double[k];
        var total = new double[k];
        for (int i = 0; i < k; i++)
        {
            double s1 = 0, st = 0;
            int offset = (i + 2) * n;
            foreach (int j in rows)
            {
                double fa = y[j], fb = y[n + j], fab = y[offset + j];
                s1 += fb * (fab - fa);
                st += (fa - fab) * (fa - fab);
            }

            first[i] = variance == 0 ? double.NaN : s1 / rows.Length / variance;
            total[i] = variance == 0 ? double.NaN : st / (2.0 * rows.Length) / variance;
        }

        return (mean, variance, first, total);
    }
}

/// <summary>The outcome of a Sobol analysis.</summary>
/// <param name="Metric">What the output is.</param>
/// <param name="BaseSamples">N.</param>
/// <param name="Evaluations">The model evaluations, N (k + 2).</param>
/// <param name="Mean">The output's mean over A and B.</param>
/// <param name="Variance">Its variance over A and B (divisor 2N).</param>
/// <param name="Seed">The seed of the sample.</param>
/// <param name="Bootstrap">Bootstrap resamples behind the intervals.</param>
/// <param name="Confidence">The intervals' level.</param>
/// <param name="Indices">Each factor's indices, in the order given.</param>
public sealed record SobolResult(string Metric, int BaseSamples, int Evaluations, double Mean, double Variance, long Seed, int Bootstrap, double Confidence, ImmutableArray<SobolIndex> Indices);

/// <summary>One factor's Sobol indices with their bootstrap intervals (NaN without a bootstrap).</summary>
/// <param name="Name">The factor.</param>
/// <param name="First">The first-order index S_i.</param>
/// <param name="FirstLow">Its interval's lower end.</param>
/// <param name="FirstHigh">Its upper end.</param>
/// <param name="Total">The total index S_Ti.</param>
/// <param name="TotalLow">Its interval's lower end.</param>
/// <param name="TotalHigh">Its upper end.</param>
public readonly record struct SobolIndex(string Name, double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh);
