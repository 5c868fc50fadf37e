using System.Globalization;
using BenchmarkDotNet.Attributes;
using Willing.Lifecycle.Survival;

namespace Willing.Benchmarks;

/// <summary>
/// The Cox model on 100,000 right-censored subjects with 5 covariates and tied times (about 60,000 events at
/// 734 distinct times), the data <c>bench/cox-data.R</c> writes with a fixed seed; R's <c>coxph</c> is timed on
/// the same file by <c>Rscript bench/cox-data.R --time</c>.
/// </summary>
/// <remarks>The fit is the whole of <see cref="CoxModel.Fit"/>: the layout of the data (the time fix, one sort), the Newton–Raphson iterations, the variance, the tests and the concordance with its standard error.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class CoxBenchmarks
{
    private SurvivalData _data = null!;
    private CoxFit _fit = null!;

    [GlobalSetup]
    public void Setup()
    {
        string path = FindData();
        var lines = File.ReadAllLines(path);
        int n = lines.Length - 1;
        var time = new double[n];
        var status = new int[n];
        var x = new double[5][];
        for (int k = 0; k < 5; k++)
            x[k] = new double[n];
        for (int i = 0; i < n; i++)
        {
            var fields = lines[i + 1].Split(',');
            time[i] = double.Parse(fields[0], CultureInfo.InvariantCulture);
            status[i] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            for (int k = 0; k < 5; k++)
                x[k][i] = double.Parse(fields[2 + k], CultureInfo.InvariantCulture);
        }

        _data = new SurvivalData
        {
            Stop = [.. time],
            Status = [.. status],
            Covariates = [.. Enumerable.Range(0, 5).Select(k => new Covariate($"x{k + 1}", [.. x[k]]))],
        };
        _fit = CoxModel.Fit(_data);
    }

    [Benchmark]
    public double FitEfron() => CoxModel.Fit(_data).LogLikelihood;

    [Benchmark]
    public double FitBreslow() => CoxModel.Fit(_data, new CoxOptions { Ties = CoxTies.Breslow }).LogLikelihood;

    [Benchmark]
    public double ProportionalHazardsTest() => CoxZph.Test(_fit, _data).Global.ChiSquare;

    private static string FindData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "bench", "cox-data.csv");
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException("bench/cox-data.csv is missing: run `Rscript bench/cox-data.R` from the repository root first.");
    }
}
