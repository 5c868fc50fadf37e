using System.Collections.Immutable;
using System.Text.Json;
using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Tests;

/// <summary>Kaplan–Meier curves against R's <c>survfit</c> and <c>summary(fit, censored = TRUE)</c> (fixture km-kaplan-meier.json, written by tools/survival-fixtures/km.R).</summary>
public sealed class KaplanMeierTests
{
    public static TheoryData<string> Cases() => KmJson.CaseNames("km-kaplan-meier");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Estimate_matches_R_survfit_at_every_time(string name)
    {
        var c = KmJson.Case("km-kaplan-meier", name);
        var options = new KaplanMeierOptions
        {
            ConfidenceType = KmJson.ConfidenceType(c.GetProperty("conf_type").GetString()!),
            ConfidenceLevel = c.GetProperty("conf_int").GetDouble(),
        };
        var result = KaplanMeier.Estimate(KmJson.Data(c.GetProperty("data")), options);
        var expected = c.GetProperty("curves").EnumerateArray().ToArray();
        Assert.Equal(expected.Select(e => e.GetProperty("group").GetString()), result.Curves.Select(x => x.Group));
        for (int g = 0; g < expected.Length; g++)
        {
            var e = expected[g];
            var curve = result.Curves[g];
            string at = $"{name}/{curve.Group}";
            Assert.Equal(e.GetProperty("records").GetInt32(), curve.N);
            Assert.Equal(e.GetProperty("events").GetInt32(), curve.Events);
            Assert.Equal(e.GetProperty("n_max").GetInt32(), curve.MaxAtRisk);
            KmJson.Close(KmJson.Number(e.GetProperty("median")), curve.Median, 1e-12, $"{at} median");
            KmJson.Close(KmJson.Number(e.GetProperty("lcl")), curve.MedianLower, 1e-12, $"{at} median lower");
            KmJson.Close(KmJson.Number(e.GetProperty("ucl")), curve.MedianUpper, 1e-12, $"{at} median upper");

            var rows = curve.Rows;
            KmJson.Close(KmJson.Doubles(e, "time"), [.. rows.Select(r => r.Time)], 1e-12, $"{at} time");
            Assert.Equal(KmJson.Ints(e, "n_risk"), rows.Select(r => r.AtRisk));
            Assert.Equal(KmJson.Ints(e, "n_event"), rows.Select(r => r.Events));
            Assert.Equal(KmJson.Ints(e, "n_censor"), rows.Select(r => r.Censored));
            KmJson.Close(KmJson.Doubles(e, "surv"), [.. rows.Select(r => r.Survival)], 1e-9, $"{at} survival");
            KmJson.CloseRelative(KmJson.Doubles(e, "std_err"), [.. rows.Select(r => r.StdErr)], 1e-9, $"{at} std.err");
            KmJson.Close(KmJson.Doubles(e, "lower"), [.. rows.Select(r => r.Lower)], 1e-9, $"{at} lower");
            KmJson.Close(KmJson.Doubles(e, "upper"), [.. rows.Select(r => r.Upper)], 1e-9, $"{at} upper");
        }
    }

    [Fact]
    public void Estimate_does_not_depend_on_the_order_of_the_rows()
    {
        var data = KmJson.Data(KmJson.Case("km-kaplan-meier", "lung_sex_log").GetProperty("data"));
        var order = Enumerable.Range(0, data.Count).ToArray();
        new Random(7).Shuffle(order);
        var shuffled = data with
        {
            Stop = [.. order.Select(i => data.Stop[i])],
            Status = [.. order.Select(i => data.Status[i])],
            Groups = [.. order.Select(i => data.Groups[i])],
        };
        var a = KaplanMeier.Estimate(data);
        var b = KaplanMeier.Estimate(shuffled);
        for (int g = 0; g < a.Curves.Length; g++)
        {
            Assert.Equal(a.Curves[g].Rows.Length, b.Curves[g].Rows.Length);
            for (int i = 0; i < a.Curves[g].Rows.Length; i++)
                Assert.Equal(a.Curves[g].Rows[i], b.Curves[g].Rows[i]);
        }
    }

    [Fact]
    public void Estimate_counts_every_cause_as_an_event_and_names_one_curve_all_without_groups()
    {
        var data = new SurvivalData { Stop = [1, 2, 3, 4], Status = [1, 2, 0, 2], Causes = ["a", "b"] };
        var curve = Assert.Single(KaplanMeier.Estimate(data).Curves);
        Assert.Equal("all", curve.Group);
        Assert.Equal(3, curve.Events);
        Assert.Equal([0.75, 0.5, 0.5, 0.0], curve.Rows.Select(r => r.Survival));
    }

    [Fact]
    public void SurvivalAt_is_a_right_continuous_step_function_starting_at_one()
    {
        var curve = KaplanMeier.Estimate(new SurvivalData { Stop = [2, 4, 6], Status = [1, 1, 0] }).Curve("all");
        Assert.Equal(1.0, curve.SurvivalAt(1.9));
        Assert.Equal(2.0 / 3, curve.SurvivalAt(2), 15);
        Assert.Equal(2.0 / 3, curve.SurvivalAt(3.5), 15);
        Assert.Equal(1.0 / 3, curve.SurvivalAt(100), 15);
        Assert.Throws<KeyNotFoundException>(() => KaplanMeier.Estimate(new SurvivalData { Stop = [1], Status = [1] }).Curve("x"));
    }

    [Fact]
    public void Estimate_rejects_inconsistent_data_and_a_confidence_level_outside_0_1()
    {
        Assert.Throws<ArgumentException>(() => KaplanMeier.Estimate(new SurvivalData { Stop = [1, 2], Status = [1] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => KaplanMeier.Estimate(new SurvivalData { Stop = [1], Status = [1] }, new KaplanMeierOptions { ConfidenceLevel = 1 }));
    }
}

/// <summary>Reads the km-*.json fixtures that tools/survival-fixtures/km.R writes (null stands for R's NA or NaN), and compares numbers.</summary>
internal static class KmJson
{
    private static readonly Dictionary<string, JsonDocument> Documents = [];

    public static JsonElement Root(string file)
    {
        lock (Documents)
        {
            if (!Documents.TryGetValue(file, out var doc))
            {
                doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", file + ".json")));
                Documents.Add(file, doc);
            }

            return doc.RootElement;
        }
    }

    public static TheoryData<string> CaseNames(string file)
    {
        var names = new TheoryData<string>();
        foreach (var c in Root(file).GetProperty("cases").EnumerateArray())
            names.Add(c.GetProperty("name").GetString()!);
        return names;
    }

    public static JsonElement Case(string file, string name) =>
        Root(file).GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    public static ConfidenceIntervalType ConfidenceType(string r) => r switch
    {
        "log" => ConfidenceIntervalType.Log,
        "plain" => ConfidenceIntervalType.Plain,
        "log-log" => ConfidenceIntervalType.LogLog,
        _ => throw new ArgumentException("conf.type " + r),
    };

    public static double Number(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => double.NaN,
        JsonValueKind.String => e.GetString() == "Infinity" ? double.PositiveInfinity : double.NegativeInfinity,
        _ => e.GetDouble(),
    };

    public static double[] Doubles(JsonElement e) => [.. e.EnumerateArray().Select(Number)];

    public static double[] Doubles(JsonElement parent, string name) => Doubles(parent.GetProperty(name));

    public static int[] Ints(JsonElement parent, string name) => [.. parent.GetProperty(name).EnumerateArray().Select(v => v.GetInt32())];

    public static string[] Strings(JsonElement parent, string name) => [.. parent.GetProperty(name).EnumerateArray().Select(v => v.GetString()!)];

    /// <summary>The rows of a case's <c>data</c> (stop, status, and start, group and strata where present).</summary>
    public static SurvivalData Data(JsonElement data, ImmutableArray<string>? causes = null)
    {
        var d = new SurvivalData
        {
            Stop = [.. Doubles(data, "stop")],
            Status = [.. Ints(data, "status")],
        };
        if (data.TryGetProperty("start", out _))
            d = d with { Start = [.. Doubles(data, "start")] };
        if (data.TryGetProperty("group", out _))
            d = d with { Groups = [.. Strings(data, "group")] };
        if (data.TryGetProperty("strata", out _))
            d = d with { Strata = [.. Strings(data, "strata")] };
        if (causes is { } named)
            d = d with { Causes = named };
        return d;
    }

    /// <summary>Absolute agreement within <paramref name="tolerance"/>; NaN (R's NA) only matches NaN.</summary>
    public static void Close(double expected, double actual, double tolerance, string what)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            Assert.True(double.IsNaN(expected) && double.IsNaN(actual), $"{what}: expected {expected:R}, got {actual:R}");
            return;
        }

        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected:R}, got {actual:R}");
    }

    public static void Close(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: expected {expected.Count} values, got {actual.Count}");
        for (int i = 0; i < expected.Count; i++)
            Close(expected[i], actual[i], tolerance, $"{what}[{i}]");
    }

    /// <summary>Relative agreement (a zero only matches a number below 1e-15); NaN only matches NaN.</summary>
    public static void CloseRelative(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: expected {expected.Count} values, got {actual.Count}");
        for (int i = 0; i < expected.Count; i++)
            Close(expected[i], actual[i], Math.Max(tolerance * Math.Abs(expected[i]), 1e-15), $"{what}[{i}]");
    }

    public static void CloseRelative(double expected, double actual, double tolerance, string what) =>
        Close(expected, actual, Math.Max(tolerance * Math.Abs(expected), 1e-15), what);
}
