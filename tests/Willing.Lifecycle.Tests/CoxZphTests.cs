using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Tests;

/// <summary>CoxZph.Test against R's cox.zph (survival 3.5.3, terms = FALSE): tests, residuals and their variance.</summary>
public sealed class CoxZphTests
{
    private const double Tolerance = 1e-5;

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string file in new[] { "ovarian", "lung", "heart", "colon", "veteran", "mgus2", "ties" })
        {
            var fixture = CoxFixture.Load(file);
            foreach (string model in CoxFixture.ModelNames(file))
            {
                if (CoxFixture.IsNull(fixture.Model(model), "zph"))
                    continue;
                foreach (var zph in fixture.Model(model).GetProperty("zph").EnumerateArray())
                    data.Add(file, model, zph.GetProperty("transform").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Test_matches_R_cox_zph(string file, string model, string transform)
    {
        var fixture = CoxFixture.Load(file);
        var entry = fixture.Model(model);
        var (data, options) = fixture.Setup(entry);
        var fit = CoxModel.Fit(data, options);
        var result = CoxZph.Test(fit, data, transform);
        var e = entry.GetProperty("zph").EnumerateArray().Single(z => z.GetProperty("transform").GetString() == transform);

        Assert.Equal(transform, result.Transform);
        Assert.Equal(CoxFixture.Strings(e.GetProperty("names")), result.Terms.Select(t => t.Name));
        Near.Equal(CoxFixture.Numbers(e.GetProperty("chisq")), [.. result.Terms.Select(t => t.ChiSquare)], Tolerance, "chisq");
        Assert.Equal(CoxFixture.Numbers(e.GetProperty("df")), result.Terms.Select(t => (double)t.DegreesOfFreedom));
        Near.Equal(CoxFixture.Numbers(e.GetProperty("p")), [.. result.Terms.Select(t => t.P)], Tolerance, "p");
        var global = e.GetProperty("global");
        Near.Equal(global.GetProperty("chisq").GetDouble(), result.Global.ChiSquare, Tolerance, "global chisq");
        Assert.Equal(global.GetProperty("df").GetInt32(), result.Global.DegreesOfFreedom);
        Near.Equal(global.GetProperty("p").GetDouble(), result.Global.P, Tolerance, "global p");

        Near.Equal(CoxFixture.Numbers(e.GetProperty("time")), result.Times, 0, "time");
        Near.Equal(CoxFixture.Numbers(e.GetProperty("x")), result.TransformedTimes, 1e-12, "transformed time");
        if (CoxFixture.IsNull(e, "strata"))
            Assert.True(result.Strata.IsEmpty);
        else
            Assert.Equal(CoxFixture.Strings(e.GetProperty("strata")).ToArray(), result.Strata.ToArray());
        var y = e.GetProperty("y").EnumerateArray().Select(CoxFixture.Numbers).ToArray();
        Assert.Equal(y.Length, result.ScaledResiduals.Length);
        for (int k = 0; k < y.Length; k++)
            Near.Equal(y[k], result.ScaledResiduals[k], Tolerance, $"scaled residual of {result.Terms[k].Name}");
        Near.Matrix(CoxFixture.Matrix(e.GetProperty("var")), result.Variance, Tolerance, "var");
    }
}
