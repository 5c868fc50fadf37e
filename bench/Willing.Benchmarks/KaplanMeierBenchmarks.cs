using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Willing.Lifecycle.Survival;

namespace Willing.Benchmarks;

/// <summary>
/// Kaplan–Meier on 1,000,000 rows in two groups (exponential event times, about 30% censored), and on the
/// same rows the log-rank test and the Aalen–Johansen estimate with two causes.
/// </summary>
/// <remarks>
/// The rows are drawn with a seeded <see cref="Random"/> (seed 2024): group b's hazard is 1.5 times group a's,
/// censoring times exponential with 3/7 of the event hazard, so about 30% of rows are censored; the times are
/// continuous, so nearly every row is a distinct time and a row of the result. R's
/// <c>survfit(Surv(time, status) ~ group)</c> on rows drawn the same way is the yardstick (see the report of
/// issue 9).
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class KaplanMeierBenchmarks
{
    private const int Rows = 1_000_000;
    private SurvivalData _data = null!;
    private SurvivalData _competing = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2024);
        var stop = new double[Rows];
        var status = new int[Rows];
        var cause = new int[Rows];
        var groups = new string[Rows];
        for (int i = 0; i < Rows; i++)
        {
            bool b = random.Next(2) == 1;
            double rate = b ? 1.5 : 1.0;
            double t = -Math.Log(1 - random.NextDouble()) / rate;
            double c = -Math.Log(1 - random.NextDouble()) / (rate * 3 / 7);
            groups[i] = b ? "b" : "a";
            stop[i] = Math.Min(t, c);
            status[i] = t <= c ? 1 : 0;
            cause[i] = status[i] == 0 ? 0 : 1 + random.Next(2);
        }

        _data = new SurvivalData
        {
            Stop = ImmutableArray.Create(stop),
            Status = ImmutableArray.Create(status),
            Groups = ImmutableArray.Create(groups),
        };
        _competing = _data with { Status = ImmutableArray.Create(cause), Causes = ["relapse", "death"] };
    }

    [Benchmark]
    public double KaplanMeierMillionRows() => KaplanMeier.Estimate(_data).Curves[1].Median;

    [Benchmark]
    public double LogRankMillionRows() => LogRank.Test(_data).ChiSquare;

    [Benchmark]
    public double CumulativeIncidenceMillionRows() => CumulativeIncidence.Estimate(_competing).Curves[1].StdErr[1][^1];
}
