using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Tests;

/// <summary>The Aalen–Johansen estimate against R's multi-state <c>survfit</c> (fixture km-cumulative-incidence.json, written by tools/survival-fixtures/km.R).</summary>
public sealed class CumulativeIncidenceTests
{
    public static TheoryData<string> Cases() => KmJson.CaseNames("km-cumulative-incidence");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Estimate_matches_R_survfit_in_every_state_at_every_time(string name)
    {
        var c = KmJson.Case("km-cumulative-incidence", name);
        var options = new CumulativeIncidenceOptions
        {
            ConfidenceType = KmJson.ConfidenceType(c.GetProperty("conf_type").GetString()!),
            ConfidenceLevel = c.GetProperty("conf_int").GetDouble(),
        };
        var data = KmJson.Data(c.GetProperty("data"), [.. KmJson.Strings(c, "causes")]);
        var result = CumulativeIncidence.Estimate(data, options);
        Assert.Equal(KmJson.Strings(c, "states"), result.States);
        var expected = c.GetProperty("curves").EnumerateArray().ToArray();
        Assert.Equal(expected.Select(e => e.GetProperty("group").GetString()), result.Curves.Select(x => x.Group));
        for (int g = 0; g < expected.Length; g++)
        {
            var e = expected[g];
            var curve = result.Curves[g];
            string at = $"{name}/{curve.Group}";
            Assert.Equal(e.GetProperty("n").GetInt32(), curve.N);
            KmJson.Close(KmJson.Doubles(e, "time"), curve.Time, 1e-12, $"{at} time");
            Assert.Equal(KmJson.Ints(e, "n_risk"), curve.AtRisk);
            Assert.Equal(KmJson.Ints(e, "n_censor"), curve.Censored);
            var events = e.GetProperty("n_event").EnumerateArray().ToArray();
            Assert.Equal(events.Length, curve.Events.Length);
            for (int k = 0; k < events.Length; k++)
            {
                int[] expectedEvents = [.. events[k].EnumerateArray().Select(v => v.GetInt32())];
                Assert.Equal(expectedEvents, curve.Events[k]);
                Assert.Equal(expectedEvents.Sum(), curve.EventsByCause[k]);
            }

            for (int s = 0; s < result.States.Length; s++)
            {
                string state = $"{at} {result.States[s]}";
                KmJson.Close(KmJson.Doubles(e.GetProperty("pstate")[s]), curve.Probability[s], 1e-9, $"{state} pstate");
                KmJson.CloseRelative(KmJson.Doubles(e.GetProperty("std_err")[s]), curve.StdErr[s], 1e-9, $"{state} std.err");
                KmJson.Close(KmJson.Doubles(e.GetProperty("lower")[s]), curve.Lower[s], 1e-9, $"{state} lower");
                KmJson.Close(KmJson.Doubles(e.GetProperty("upper")[s]), curve.Upper[s], 1e-9, $"{state} upper");
            }
        }
    }

    [Fact]
    public void With_one_cause_the_event_free_probability_is_the_Kaplan_Meier_curve()
    {
        var data = KmJson.Data(KmJson.Case("km-kaplan-meier", "aml").GetProperty("data"));
        var km = KaplanMeier.Estimate(data);
        var ci = CumulativeIncidence.Estimate(data);
        Assert.Equal<string>(["(s0)", "event"], ci.States);
        for (int g = 0; g < km.Curves.Length; g++)
        {
            var rows = km.Curves[g].Rows;
            KmJson.Close([.. rows.Select(r => r.Survival)], ci.Curves[g].Probability[0], 1e-14, "survival");
            KmJson.Close([.. rows.Select(r => 1 - r.Survival)], ci.Curves[g].Probability[1], 1e-14, "incidence");
        }
    }

    [Fact]
    public void IncidenceAt_and_EventFreeAt_read_the_step_functions()
    {
        var data = new SurvivalData { Stop = [1, 2, 3, 4], Status = [1, 2, 0, 1], Causes = ["a", "b"] };
        var curve = CumulativeIncidence.Estimate(data).Curve("all");
        Assert.Equal(0, curve.IncidenceAt(1, 0.5));
        Assert.Equal(1, curve.EventFreeAt(0.5));
        Assert.Equal(0.25, curve.IncidenceAt(1, 1.5), 15);
        Assert.Equal(0.25, curve.IncidenceAt(2, 2), 15);
        Assert.Equal(0.75, curve.IncidenceAt(1, 9), 15);
        Assert.Equal(0, curve.EventFreeAt(9), 15);
        Assert.Throws<ArgumentOutOfRangeException>(() => curve.IncidenceAt(3, 1));
    }

    [Fact]
    public void Estimate_rejects_a_subject_with_two_rows()
    {
        var data = new SurvivalData { Start = [0, 2], Stop = [2, 5], Status = [0, 1], Clusters = ["s1", "s1"] };
        Assert.Contains("subject s1", Assert.Throws<ArgumentException>(() => CumulativeIncidence.Estimate(data)).Message);
    }
}
