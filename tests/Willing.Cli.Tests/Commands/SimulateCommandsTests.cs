using System.Text.Json;

namespace Willing.Cli.Tests.Commands;

/// <summary>The <c>willing simulate</c> commands end to end on the built-in scenarios, and with bad input.</summary>
public class SimulateCommandsTests
{
    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement;
    }

    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), $"willing-sim-{Guid.NewGuid():N}-{name}");

    [Fact]
    public void Run_gives_the_same_curves_for_the_same_seed_and_shows_the_observed_curve()
    {
        var a = CliRun.Of("simulate", "run", "iraq-2003", "--reps", "20", "--seed", "9", "--format", "json");
        var b = CliRun.Of("simulate", "run", "iraq-2003", "--reps", "20", "--seed", "9", "--threads", "1", "--format", "json");
        Assert.Equal(Json(a).ToString(), Json(b).ToString());
        var json = Json(a);
        Assert.Equal("leader-recruitment", json.GetProperty("mechanism").GetString());
        var first = json.GetProperty("curves")[0];
        Assert.Equal("troop_contributors", first.GetProperty("reporter").GetString());
        Assert.Equal(82, first.GetProperty("steps").GetArrayLength());
        Assert.True(json.GetProperty("observed").GetProperty("points").GetArrayLength() > 70);
        var c = Json(CliRun.Of("simulate", "run", "iraq-2003", "--reps", "20", "--seed", "10", "--format", "json"));
        Assert.NotEqual(json.GetProperty("curves").ToString(), c.GetProperty("curves").ToString());
    }

    [Fact]
    public void Batch_writes_the_same_bytes_on_one_and_two_threads_and_shards_merge_into_them()
    {
        string one = Temp("one.parquet"), two = Temp("two.parquet"), p1 = Temp("p1.parquet"), p2 = Temp("p2.parquet"), p3 = Temp("p3.parquet"), merged = Temp("merged.parquet");
        try
        {
            string[] common = ["simulate", "batch", "landmines-ottawa", "--reps", "3", "--grid", "threshold_mean=0.15,0.3", "--seed", "4"];
            Assert.Equal(0, CliRun.Of([.. common, "--threads", "1", "--out", one]).ExitCode);
            Assert.Equal(0, CliRun.Of([.. common, "--threads", "2", "--out", two]).ExitCode);
            Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(two));
            Assert.Equal(0, CliRun.Of([.. common, "--shard", "1/3", "--out", p1]).ExitCode);
            Assert.Equal(0, CliRun.Of([.. common, "--shard", "2/3", "--out", p2]).ExitCode);
            Assert.Equal(0, CliRun.Of([.. common, "--shard", "3/3", "--out", p3]).ExitCode);
            var m = CliRun.Of("simulate", "merge", p3, p1, p2, "--out", merged, "--format", "json");
            Assert.Equal(6, Json(m).GetProperty("runs").GetInt64());
            Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(merged));

            // A part missing is refused, and says which runs are missing.
            var refused = CliRun.Of("simulate", "merge", p1, p3, "--out", Temp("x.parquet"));
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("nothing was merged", refused.Error);
        }
        finally
        {
            foreach (string f in new[] { one, two, p1, p2, p3, merged })
                File.Delete(f);
        }
    }

    [Fact]
    public void Calibrate_fits_Ottawa_better_than_a_flat_line_and_states_the_out_of_sample_error_on_Rome()
    {
        var json = Json(CliRun.Of("simulate", "calibrate", "landmines-ottawa", "--target", "landmines-ottawa", "--reps", "8", "--evaluations", "40", "--format", "json"));
        Assert.True(json.GetProperty("rmse").GetDouble() < json.GetProperty("null_loss").GetDouble());
        Assert.True(json.GetProperty("loss_value").GetDouble() <= json.GetProperty("start_loss").GetDouble());
        Assert.True(json.GetProperty("evaluations").GetInt32() <= 40);
        var check = json.GetProperty("checks")[0];
        Assert.Equal("icc-rome", check.GetProperty("scenario").GetString());
        Assert.True(check.GetProperty("rmse").GetDouble() > 0);
        Assert.Contains("RMSE", check.GetProperty("summary").GetString());
    }

    [Fact]
    public void Calibrate_refuses_a_target_the_scenario_is_not_calibrated_on()
    {
        var run = CliRun.Of("simulate", "calibrate", "landmines-ottawa", "--target", "iraq-2003");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is calibrated on landmines-ottawa", run.Error);
        Assert.Contains("icc-rome-statute", run.Error);
    }

    [Fact]
    public void Sensitivity_gives_Sobol_indices_for_each_free_parameter()
    {
        var json = Json(CliRun.Of("simulate", "sensitivity", "landmines-ottawa", "--method", "both", "--samples", "8", "--reps", "2", "--levels", "3", "--format", "json"));
        Assert.Equal(3, json.GetProperty("sobol").GetProperty("indices").GetArrayLength());
        Assert.Equal(3, json.GetProperty("one_at_a_time").GetProperty("parameters").GetArrayLength());
    }

    [Fact]
    public void A_bad_scenario_file_gets_every_error_located_and_nothing_runs()
    {
        string file = Temp("bad.yaml");
        File.WriteAllText(file, """
            id: bad
            name: A bad scenario
            mechanism: norm-cascad
            case: landmines-ottawa
            start: 1996-13
            months: -4
            colour: blue
            """);
        try
        {
            var run = CliRun.Of("simulate", "run", file);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"{file}:5:", run.Error);
            Assert.Contains($"{file}:6:", run.Error);
            Assert.Contains($"{file}:7:", run.Error);
            Assert.Contains("nothing was run", run.Error);
            Assert.DoesNotContain("   at ", run.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Unknown_scenarios_and_parameters_are_refused_with_what_there_is()
    {
        var unknown = CliRun.Of("simulate", "run", "no-such-scenario");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("iraq-2003", unknown.Error);
        var set = CliRun.Of("simulate", "run", "iraq-2003", "--set", "h1=0.1");
        Assert.Equal(2, set.ExitCode);
        var grid = CliRun.Of("simulate", "batch", "iraq-2003", "--reps", "2", "--grid", "h0=-1", "--out", Temp("g.parquet"));
        Assert.Equal(2, grid.ExitCode);
        Assert.Contains("h0", grid.Error);
        var noOut = CliRun.Of("simulate", "batch", "iraq-2003", "--reps", "2");
        Assert.Equal(2, noOut.ExitCode);
        var shard = CliRun.Of("simulate", "batch", "iraq-2003", "--reps", "2", "--shard", "3/2", "--out", Temp("s.parquet"));
        Assert.Equal(2, shard.ExitCode);
    }

    [Fact]
    public void Run_gives_the_final_size_and_time_to_threshold_distributions_and_draws_them()
    {
        string chart = Temp("hist.svg");
        try
        {
            var json = Json(CliRun.Of("simulate", "run", "landmines-ottawa", "--reps", "30", "--threshold", "40", "--histogram", chart, "--format", "json"));
            var final = json.GetProperty("final_size");
            Assert.Equal(30, final.GetProperty("count").GetInt32());
            Assert.True(final.GetProperty("minimum").GetDouble() <= final.GetProperty("mean").GetDouble());
            var t = json.GetProperty("time_to_threshold");
            Assert.Equal(30, t.GetProperty("reached").GetInt32() + t.GetProperty("never_reached").GetInt32());
            Assert.Contains("<svg", File.ReadAllText(chart));
            var never = Json(CliRun.Of("simulate", "run", "landmines-ottawa", "--reps", "5", "--threshold", "100000", "--format", "json"));
            Assert.Equal(5, never.GetProperty("time_to_threshold").GetProperty("never_reached").GetInt32());
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Theory]
    [InlineData("leader-recruitment", "iraq-2003")]
    [InlineData("norm-cascade", "landmines-ottawa")]
    public void An_unknown_actor_is_reported_once_whichever_the_mechanism(string mechanism, string @case)
    {
        string file = Temp("actor.yaml");
        File.WriteAllText(file, $"id: x\nname: y\nmechanism: {mechanism}\ncase: {@case}\nstart: 1998-01\nmonths: 10\nactors:\n  - {{ id: ZZZ }}\n");
        try
        {
            var run = CliRun.Of("simulate", "run", file);
            Assert.Equal(1, run.ExitCode);
            Assert.Single(run.Error.Split('\n'), l => l.Contains("ZZZ", StringComparison.Ordinal));
            Assert.Contains($"{file}:8:", run.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
