using System.Collections.Immutable;
using System.Text.Json;
using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Tests;

/// <summary>
/// The R fixtures of tools/survival-fixtures/cox.R: the data of one file as <see cref="SurvivalData"/>, and each
/// model's options and expected values.
/// </summary>
internal sealed class CoxFixture
{
    private static readonly Dictionary<string, CoxFixture> Cache = new(StringComparer.Ordinal);

    private CoxFixture(JsonDocument document)
    {
        Root = document.RootElement;
        var data = Root.GetProperty("data");
        var covariates = ImmutableArray.CreateBuilder<Covariate>();
        foreach (var c in data.GetProperty("covariates").EnumerateObject())
            covariates.Add(new Covariate(c.Name, Numbers(c.Value)));
        Data = new SurvivalData
        {
            Start = IsNull(data, "start") ? [] : Numbers(data.GetProperty("start")),
            Stop = Numbers(data.GetProperty("stop")),
            Status = [.. Numbers(data.GetProperty("status")).Select(v => (int)v)],
            Causes = Strings(data.GetProperty("causes")),
            Strata = IsNull(data, "strata") ? [] : Strings(data.GetProperty("strata")),
            Clusters = IsNull(data, "cluster") ? [] : Strings(data.GetProperty("cluster")),
            Covariates = covariates.ToImmutable(),
        };
    }

    public JsonElement Root { get; }

    /// <summary>All the file's data: every covariate, strata and subjects when it has them.</summary>
    public SurvivalData Data { get; }

    public static CoxFixture Load(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var fixture))
            {
                string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", $"cox-{name}.json");
                fixture = new CoxFixture(JsonDocument.Parse(File.ReadAllText(path)));
                Cache[name] = fixture;
            }

            return fixture;
        }
    }

    public JsonElement Model(string name) =>
        Root.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("name").GetString() == name);

    public static IEnumerable<string> ModelNames(string file) =>
        Load(file).Root.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("name").GetString()!);

    /// <summary>The data and options that make the fit R made for a model entry.</summary>
    public (SurvivalData Data, CoxOptions Options) Setup(JsonElement model)
    {
        var data = Data;
        if (!model.GetProperty("strata").GetBoolean())
            data = data with { Strata = [] };
        bool? robust = IsNull(model, "robust") ? null : model.GetProperty("robust").GetBoolean();
        if (robust == false)
            data = data with { Clusters = [] };
        var options = new CoxOptions
        {
            Ties = model.GetProperty("ties").GetString() == "breslow" ? CoxTies.Breslow : CoxTies.Efron,
            Covariates = Strings(model.GetProperty("covariates")),
            Cause = IsNull(model, "cause") ? null : model.GetProperty("cause").GetInt32(),
            Robust = robust,
            ConfidenceLevel = model.GetProperty("expected").GetProperty("conf_level").GetDouble(),
        };
        return (data, options);
    }

    public static bool IsNull(JsonElement e, string property) =>
        !e.TryGetProperty(property, out var v) || v.ValueKind == JsonValueKind.Null;

    public static ImmutableArray<double> Numbers(JsonElement array) =>
        [.. array.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? double.NaN : v.GetDouble())];

    public static ImmutableArray<string> Strings(JsonElement array) =>
        [.. array.EnumerateArray().Select(v => v.GetString()!)];

    public static double[][] Matrix(JsonElement rows) =>
        [.. rows.EnumerateArray().Select(r => Numbers(r).ToArray())];
}

/// <summary>Comparisons to a relative tolerance that say which value failed.</summary>
internal static class Near
{
    public static void Equal(double expected, double actual, double relative, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NA, got {actual:R}");
            return;
        }

        double diff = Math.Abs(actual - expected);
        Assert.True(diff <= relative * Math.Abs(expected) || diff == 0,
            $"{what}: expected {expected:R}, got {actual:R} (relative error {diff / Math.Abs(expected):E2}, tolerance {relative:E0})");
    }

    public static void Equal(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double relative, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: expected {expected.Count} values, got {actual.Count}");
        for (int i = 0; i < expected.Count; i++)
            Equal(expected[i], actual[i], relative, $"{what}[{i}]");
    }

    /// <summary>Matrices: each entry relative to the larger of itself and the geometric mean of its diagonal pair, so near-zero covariances are judged on the scale of their variances.</summary>
    public static void Matrix(double[][] expected, ImmutableArray<ImmutableArray<double>> actual, double relative, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Length, actual[i].Length);
            for (int j = 0; j < expected[i].Length; j++)
            {
                double scale = Math.Max(Math.Abs(expected[i][j]), Math.Sqrt(Math.Abs(expected[i][i] * expected[j][j])));
                double diff = Math.Abs(actual[i][j] - expected[i][j]);
                Assert.True(diff <= relative * scale,
                    $"{what}[{i},{j}]: expected {expected[i][j]:R}, got {actual[i][j]:R} (error {diff / scale:E2} of scale, tolerance {relative:E0})");
            }
        }
    }
}
