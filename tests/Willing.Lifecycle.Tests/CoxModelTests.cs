using System.Text.Json;
using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Tests;

/// <summary>CoxModel.Fit against R's coxph (survival 3.5.3) on data sets that ship with R, value by value.</summary>
public sealed class CoxModelTests
{
    private const double Coefficients = 1e-6;
    private const double StandardErrors = 1e-5;
    private const double Tests = 1e-6;
    private const double Concordance = 1e-6;

    public static TheoryData<string, string> Models()
    {
        var data = new TheoryData<string, string>();
        foreach (string file in new[] { "ovarian", "lung", "heart", "colon", "veteran", "mgus2", "ties" })
        {
            foreach (string model in CoxFixture.ModelNames(file))
                data.Add(file, model);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Fit_matches_R_coxph(string file, string model)
    {
        var fixture = CoxFixture.Load(file);
        var entry = fixture.Model(model);
        var (data, options) = fixture.Setup(entry);
        var fit = CoxModel.Fit(data, options);
        var e = entry.GetProperty("expected");

        Assert.Equal(e.GetProperty("n").GetInt32(), fit.Rows);
        Assert.Equal(e.GetProperty("nevent").GetInt32(), fit.Events);
        Assert.Equal(e.GetProperty("iter").GetInt32(), fit.Iterations);
        Assert.True(fit.Converged);
        var loglik = CoxFixture.Numbers(e.GetProperty("loglik"));
        Near.Equal(loglik[0], fit.LogLikelihoodNull, Coefficients, "loglik null");
        Near.Equal(loglik[1], fit.LogLikelihood, Coefficients, "loglik");

        Assert.Equal(CoxFixture.Strings(e.GetProperty("names")), fit.Coefficients.Select(c => c.Name));
        var c = fit.Coefficients;
        Near.Equal(CoxFixture.Numbers(e.GetProperty("coef")), [.. c.Select(x => x.Coefficient)], Coefficients, "coef");
        Near.Equal(CoxFixture.Numbers(e.GetProperty("se")), [.. c.Select(x => x.StandardError)], StandardErrors, "se");
        bool robust = !CoxFixture.IsNull(e, "robust_se");
        Assert.Equal(robust, fit.Robust);
        if (robust)
        {
            Near.Equal(CoxFixture.Numbers(e.GetProperty("robust_se")), [.. c.Select(x => x.RobustStandardError!.Value)], StandardErrors, "robust se");
            Near.Matrix(CoxFixture.Matrix(e.GetProperty("naive_var")), fit.NaiveVariance, StandardErrors, "naive var");
            Near.Matrix(CoxFixture.Matrix(e.GetProperty("var")), fit.RobustVariance, StandardErrors, "robust var");
        }
        else
        {
            Assert.All(c, x => Assert.Null(x.RobustStandardError));
            Assert.True(fit.RobustVariance.IsEmpty);
            Near.Matrix(CoxFixture.Matrix(e.GetProperty("var")), fit.NaiveVariance, StandardErrors, "var");
        }

        Near.Equal(CoxFixture.Numbers(e.GetProperty("hazard_ratio")), [.. c.Select(x => x.HazardRatio)], Coefficients, "hazard ratio");
        Near.Equal(CoxFixture.Numbers(e.GetProperty("z")), [.. c.Select(x => x.Z)], StandardErrors, "z");
        Near.Equal(CoxFixture.Numbers(e.GetProperty("p")), [.. c.Select(x => x.P)], StandardErrors, "p");
        Near.Equal(CoxFixture.Numbers(e.GetProperty("ci_low")), [.. c.Select(x => x.CiLow)], StandardErrors, "ci low");
        Near.Equal(CoxFixture.Numbers(e.GetProperty("ci_high")), [.. c.Select(x => x.CiHigh)], StandardErrors, "ci high");

        AssertTest(e.GetProperty("wald"), fit.Wald, Tests, "wald");
        AssertTest(e.GetProperty("score"), fit.Score, Tests, "score");
        AssertTest(e.GetProperty("lr"), fit.LikelihoodRatio, Tests, "likelihood ratio");
        if (robust)
            AssertTest(e.GetProperty("robust_score"), fit.RobustScore!, Tests, "robust score");
        else
            Assert.Null(fit.RobustScore);

        var cc = e.GetProperty("concordance");
        Assert.Equal(cc.GetProperty("concordant").GetDouble(), fit.Concordance.Concordant);
        Assert.Equal(cc.GetProperty("discordant").GetDouble(), fit.Concordance.Discordant);
        Assert.Equal(cc.GetProperty("tied_x").GetDouble(), fit.Concordance.TiedRisk);
        Assert.Equal(cc.GetProperty("tied_y").GetDouble(), fit.Concordance.TiedTime);
        Assert.Equal(cc.GetProperty("tied_xy").GetDouble(), fit.Concordance.TiedBoth);
        Near.Equal(cc.GetProperty("value").GetDouble(), fit.Concordance.Value, Concordance, "concordance");
        Near.Equal(cc.GetProperty("std").GetDouble(), fit.Concordance.StandardError, Concordance, "concordance std");
    }

    private static void AssertTest(JsonElement expected, CoxTest actual, double tolerance, string what)
    {
        Near.Equal(expected.GetProperty("statistic").GetDouble(), actual.Statistic, tolerance, what);
        Assert.Equal(expected.GetProperty("df").GetInt32(), actual.DegreesOfFreedom);
        Near.Equal(expected.GetProperty("p").GetDouble(), actual.P, tolerance, what + " p");
    }
}
