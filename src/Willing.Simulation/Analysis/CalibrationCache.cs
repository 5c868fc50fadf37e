using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Willing.Simulation.Parameters;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Analysis;

/// <summary>
/// Where <see cref="Calibration.Fit"/> keeps the outcome of a search (the simplex's best point, its loss, the evaluations
/// made, every evaluation of the trace) so that the same fit is not searched again: the report's calibrations, which
/// took most of <c>willing report</c>'s time.
/// </summary>
/// <remarks>
/// A file is named by a SHA-256 of the caller's key (what the fit depends on beyond its arguments: the scenario's text,
/// the case base), the builds of the assemblies the mechanisms run on (their module version ids, which change with any
/// change to the code), and every argument of the fit: the scenario id, the free parameters and their ranges, the loss,
/// replicates and budget, the target's points, the seed and every starting value. Only the search is kept; the fitted
/// point's ensemble, the per-point fit and the losses are computed again from it on every call, so a kept result equals a
/// computed one (tested). A file that cannot be read, or is not a kept search, is ignored and written again; writes go to
/// a temporary file moved into place.
/// </remarks>
/// <param name="Directory">The folder (created when needed).</param>
/// <param name="Key">What the fit depends on beyond its arguments.</param>
public sealed record CalibrationCache(string Directory, string Key)
{
    private const int FormatVersion = 1;

    internal string File(IScenarioSimulation sim, ScenarioCalibration spec, ObservedCurve target, long seed, ParameterSet start)
    {
        var text = new StringBuilder();
        text.Append("calibration ").Append(FormatVersion).Append('\n').Append(Key).Append('\n');
        foreach (var assembly in new[] { typeof(Calibration).Assembly, typeof(Willing.Lifecycle.Cases.Timeline).Assembly,
                     typeof(Willing.Networks.Graph).Assembly, typeof(Willing.Core.Model.Coalition).Assembly })
            text.Append(assembly.GetName().Name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId).Append('\n');
        text.Append(sim.Scenario.Id).Append('\n').Append(sim.StepLimit).Append('\n');
        foreach (var f in spec.Free)
            text.Append(f.Name).Append(' ').Append(R(f.Low)).Append(' ').Append(R(f.High)).Append('\n');
        text.Append(spec.Loss).Append(' ').Append(spec.Replicates).Append(' ').Append(spec.Evaluations).Append(' ').Append(spec.Target.Reporter).Append('\n');
        foreach (var p in target.Points)
            text.Append(p.Step).Append(' ').Append(R(p.Value)).Append('\n');
        text.Append(seed).Append('\n').Append(start.ToString()).Append('\n');
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return Path.Combine(Directory, $"calibration-{hash}.json");
    }

    internal static (NelderMeadResult Result, ImmutableArray<CalibrationEvaluation> Trace)? TryRead(string file)
    {
        try
        {
            if (!System.IO.File.Exists(file))
                return null;
            var kept = JsonSerializer.Deserialize<Kept>(System.IO.File.ReadAllBytes(file));
            if (kept is null || kept.Format != FormatVersion || kept.Point is null || kept.Trace is null || kept.Trace.Length == 0)
                return null;
            var result = new NelderMeadResult([.. kept.Point], kept.Value, kept.Evaluations, kept.Iterations, kept.Converged);
            return (result, [.. kept.Trace.Select((t, i) => new CalibrationEvaluation(i, [.. t.Values], t.Loss))]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    internal static void Write(string file, NelderMeadResult result, ImmutableArray<CalibrationEvaluation> trace)
    {
        if (!double.IsFinite(result.Value) || result.Point.Any(v => !double.IsFinite(v)) || trace.Any(t => !double.IsFinite(t.Loss)))
            return;
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var kept = new Kept(FormatVersion, [.. result.Point], result.Value, result.Evaluations, result.Iterations, result.Converged,
                [.. trace.Select(t => new KeptEvaluation([.. t.Values], t.Loss))]);
            string temp = $"{file}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            System.IO.File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(kept));
            System.IO.File.Move(temp, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be written only means no cache.
        }
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private sealed record Kept(int Format, double[] Point, double Value, int Evaluations, int Iterations, bool Converged, KeptEvaluation[] Trace);

    private sealed record KeptEvaluation(double[] Values, double Loss);
}
