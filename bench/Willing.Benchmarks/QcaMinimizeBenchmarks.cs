using BenchmarkDotNet.Attributes;
using Willing.Qca.Minimization;

namespace Willing.Benchmarks;

/// <summary>
/// Parsimonious QCA minimisation with remainders on generated crisp data: 400 seeded cases, each condition a fair
/// coin, outcome <c>C1*C2 + C3*~C4 + C5*C6*C7</c> (the other conditions noise), for 8 to 16 conditions.
/// </summary>
/// <remarks>
/// The truth table comes from <see cref="SyntheticCrispData"/> (seed 2025): a row is positive if every case in it has
/// the outcome, negative otherwise, and every row without a case is a remainder. Each run finds every prime implicant
/// (about 37,000 at 16 conditions), the chart and every minimal solution. R's QCA was reported to take about 47 s at
/// 10 conditions on such data.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class QcaMinimizeBenchmarks
{
    private MinimizationProblem _problem = null!;

    [Params(8, 10, 12, 14, 16)]
    public int Conditions { get; set; }

    [GlobalSetup]
    public void Setup() => _problem = SyntheticCrispData.Parsimonious(Conditions, 400, 2025);

    [Benchmark]
    public int Parsimonious() => Minimizer.Minimize(_problem).Parsimonious!.PrimeImplicants.Length;
}
