using System.Diagnostics;
using Willing.Simulation.Batches;
using Willing.Simulation.Data;

namespace Willing.Benchmarks;

/// <summary>
/// <c>dotnet Willing.Benchmarks.dll export-cascade FILE</c>: writes run 0 of <see cref="ThresholdCascadeBenchmarks"/>'s batch
/// (its CSR network, thresholds and initial adopters) for <c>bench/threshold-loop.c</c>, and prints the run's final
/// adopters (the C loop must reach the same) and this process's time for the batch on 1 and 2 threads.
/// </summary>
/// <remarks>
/// File layout, little-endian: int32 n, int32 entries, int32 steps; int32 start[n + 1]; int32 source[entries];
/// float64 weight[entries]; float64 threshold[n]; uint8 initial[n].
/// </remarks>
internal static class CascadeExport
{
    public static int Run(string path)
    {
        var batch = ThresholdCascadeBenchmarks.CreateBatch(ThresholdCascadeBenchmarks.Runs);
        var context = batch.Run(0);
        var mechanism = batch.Mechanism;
        var run = BatchRunner.RunOne(mechanism, context.Parameters, context.Seed, batch.StepLimit,
            new CollectionPlan(CollectionSchedule.FinalStep, CollectionSchedule.FinalStep));
        var agents = run.Agents!;
        int n = agents.RowCount, th = agents.Layout.IndexOf("threshold"), st = agents.Layout.IndexOf("adopted_step");
        var graph = ((Willing.Simulation.Mechanisms.ThresholdCascade)mechanism).Network;
        var lists = new List<(int Source, double Weight)>[n];
        for (int i = 0; i < n; i++)
            lists[i] = [];
        foreach (var e in graph.Edges)
        {
            int s = e.Source, t = e.Target;
            lists[t].Add((s, e.Weight));
            lists[s].Add((t, e.Weight));
        }

        using (var w = new BinaryWriter(File.Create(path)))
        {
            int entries = lists.Sum(l => l.Count);
            w.Write(n);
            w.Write(entries);
            w.Write((int)batch.StepLimit);
            int k = 0;
            w.Write(0);
            foreach (var l in lists)
                w.Write(k += l.Count);
            foreach (var l in lists)
                foreach (var (s, _) in l)
                    w.Write(s);
            foreach (var l in lists)
                foreach (var (_, wt) in l)
                    w.Write(wt);
            for (int i = 0; i < n; i++)
                w.Write(agents.Double(i, th));
            for (int i = 0; i < n; i++)
                w.Write((byte)(agents.Long(i, st) == 0 ? 1 : 0));
        }

        int adopters = Enumerable.Range(0, n).Count(i => agents.Long(i, st) >= 0);
        Console.WriteLine($"csharp_final_adopters {adopters}");
        foreach (int threads in new[] { 1, 2 })
        {
            // One warm-up batch, then the median of three.
            var times = new List<double>();
            for (int rep = 0; rep < 4; rep++)
            {
                using var stream = new MemoryStream();
                var clock = Stopwatch.StartNew();
                BatchRunner.RunAsync(batch, ResultFormat.Parquet, stream, null, options: new BatchRunOptions { Threads = threads }).GetAwaiter().GetResult();
                if (rep > 0)
                    times.Add(clock.Elapsed.TotalSeconds);
            }

            times.Sort();
            double actorSteps = (double)batch.RunCount * n * batch.StepLimit;
            Console.WriteLine($"csharp_threads_{threads}_seconds {times[1]:R} actor_steps_per_second {actorSteps / times[1]:E3}");
        }

        return 0;
    }
}
