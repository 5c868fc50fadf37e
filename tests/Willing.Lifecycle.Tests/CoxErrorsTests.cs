using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Tests;

/// <summary>What CoxModel.Fit refuses, and how it says so: where R drops a coefficient as NA or warns, we name the covariates.</summary>
public sealed class CoxErrorsTests
{
    private static CoxFitException Refusal(SurvivalData data, CoxOptions? options = null) =>
        Assert.Throws<CoxFitException>(() => CoxModel.Fit(data, options));

    [Theory]
    [InlineData("combo")]
    [InlineData("constant")]
    public void A_redundant_covariate_is_refused_naming_the_one_R_drops_as_NA(string model)
    {
        var fixture = CoxFixture.Load("collinear");
        var entry = fixture.Model(model);
        var covariates = CoxFixture.Strings(entry.GetProperty("covariates"));
        var dropped = CoxFixture.Strings(entry.GetProperty("dropped"));
        var error = Refusal(fixture.Data, new CoxOptions { Covariates = covariates });

        Assert.Equal(CoxFitProblem.Singular, error.Problem);
        Assert.Equal(dropped.ToArray(), error.Covariates.ToArray());
        foreach (string name in dropped)
            Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_collinear_covariate_is_named_with_the_covariates_it_combines()
    {
        var fixture = CoxFixture.Load("collinear");
        var error = Refusal(fixture.Data, new CoxOptions { Covariates = ["age", "ph.ecog", "combo"] });
        Assert.Contains("'combo' is a linear combination of 'age' and 'ph.ecog'", error.Message, StringComparison.Ordinal);

        var constant = Refusal(fixture.Data, new CoxOptions { Covariates = ["one", "age"] });
        Assert.Contains("'one' takes the same value in every row", constant.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_covariate_constant_within_each_stratum_is_refused_as_absorbed_by_the_strata()
    {
        var data = CoxFixture.Load("lung").Data;
        var error = Refusal(data, new CoxOptions { Covariates = ["age", "sex"] });
        Assert.Equal(CoxFitProblem.Singular, error.Problem);
        Assert.Equal(["sex"], error.Covariates.ToArray());
        Assert.Contains("within each stratum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Monotone_likelihood_is_refused_naming_the_covariate_R_warns_about()
    {
        var fixture = CoxFixture.Load("monotone");
        var entry = fixture.Model("monotone");
        var infinite = CoxFixture.Strings(entry.GetProperty("infinite"));
        var error = Refusal(fixture.Data, new CoxOptions { Covariates = CoxFixture.Strings(entry.GetProperty("covariates")) });

        Assert.Equal(CoxFitProblem.Infinite, error.Problem);
        Assert.Equal(infinite.ToArray(), error.Covariates.ToArray());
        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'z'", error.Message, StringComparison.Ordinal);
        Assert.Contains("infinity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_out_of_iterations_is_refused_unless_asked_to_return_the_best_so_far()
    {
        var data = CoxFixture.Load("monotone").Data;
        var error = Refusal(data, new CoxOptions { MaxIterations = 3 });
        Assert.Equal(CoxFitProblem.NotConverged, error.Problem);
        Assert.Contains("3 iterations", error.Message, StringComparison.Ordinal);
        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);

        var fit = CoxModel.Fit(data, new CoxOptions { MaxIterations = 3, RequireConvergence = false });
        Assert.False(fit.Converged);
        Assert.Equal(3, fit.Iterations);
        Assert.True(fit.LogLikelihood > fit.LogLikelihoodNull);
    }

    [Fact]
    public void Empty_data_and_data_without_events_are_refused()
    {
        var none = new SurvivalData { Stop = [], Status = [], Covariates = [new Covariate("x", [])] };
        Assert.Equal(CoxFitProblem.NoRows, Refusal(none).Problem);

        var censored = new SurvivalData { Stop = [1, 2, 3], Status = [0, 0, 0], Covariates = [new Covariate("x", [1, 2, 3])] };
        Assert.Equal(CoxFitProblem.NoEvents, Refusal(censored).Problem);

        var otherCause = new SurvivalData
        {
            Stop = [1, 2, 3],
            Status = [2, 0, 2],
            Causes = ["relapse", "death"],
            Covariates = [new Covariate("x", [1, 2, 3])],
        };
        var error = Refusal(otherCause, new CoxOptions { Cause = 1 });
        Assert.Equal(CoxFitProblem.NoEvents, error.Problem);
        Assert.Contains("relapse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_that_do_not_fit_the_data_are_refused_with_what_would()
    {
        var data = CoxFixture.Load("ovarian").Data;
        var unknown = Refusal(data, new CoxOptions { Covariates = ["age", "weight"] });
        Assert.Equal(CoxFitProblem.InvalidInput, unknown.Problem);
        Assert.Contains("'weight'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("age, ecog.ps, rx, resid.ds", unknown.Message, StringComparison.Ordinal);

        Assert.Equal(CoxFitProblem.InvalidInput, Refusal(data, new CoxOptions { Covariates = ["age", "age"] }).Problem);
        Assert.Contains("cause", Refusal(data, new CoxOptions { Cause = 2 }).Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(CoxFitProblem.InvalidInput, Refusal(data with { Covariates = [] }).Problem);

        var age = data.Covariates[0].Values.SetItem(3, double.NaN);
        var missing = Refusal(data with { Covariates = [new Covariate("age", age)] });
        Assert.Contains("row 4", missing.Message, StringComparison.Ordinal);

        var heart = CoxFixture.Load("heart").Data with { Clusters = [], Strata = [] };
        Assert.Contains("subject", Refusal(heart, new CoxOptions { Robust = true }).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CoxModel.Fit(data, new CoxOptions { ConfidenceLevel = 1 }));
    }

    [Fact]
    public void Robust_errors_are_on_by_default_with_subject_labels_and_subjects_are_counted()
    {
        var heart = CoxFixture.Load("heart").Data with { Strata = [] };
        var fit = CoxModel.Fit(heart);
        Assert.True(fit.Robust);
        Assert.Equal(103, fit.Subjects);
        Assert.NotNull(fit.RobustScore);
        Assert.Equal(["age", "year", "surgery", "transplant"], fit.Options.Covariates.ToArray());
        Assert.Equal(true, fit.Options.Robust);

        var naive = CoxModel.Fit(heart, new CoxOptions { Robust = false });
        Assert.False(naive.Robust);
        Assert.Equal(103, naive.Subjects);
        Assert.Equal(fit.Coefficients.Select(c => c.Coefficient), naive.Coefficients.Select(c => c.Coefficient));
        Assert.Equal(fit.Concordance, naive.Concordance);
    }

    [Fact]
    public void Times_that_differ_only_by_rounding_are_tied_as_R_ties_them()
    {
        var data = CoxFixture.Load("ties").Data;
        var nudged = data with { Stop = [.. data.Stop.Select((t, i) => i % 3 == 0 ? t * (1 + 1e-12) : t)] };
        var exact = CoxModel.Fit(data, new CoxOptions { Covariates = ["x"] });
        var fixedUp = CoxModel.Fit(nudged, new CoxOptions { Covariates = ["x"] });
        Assert.Equal(exact.LogLikelihood, fixedUp.LogLikelihood);
        Assert.Equal(exact.Coefficients[0].Coefficient, fixedUp.Coefficients[0].Coefficient);

        var literal = CoxModel.Fit(nudged, new CoxOptions { Covariates = ["x"], TimeFix = false });
        Assert.NotEqual(exact.LogLikelihood, literal.LogLikelihood);
    }

    [Fact]
    public void The_proportional_hazards_test_checks_its_transform_and_data()
    {
        var data = CoxFixture.Load("ovarian").Data;
        var fit = CoxModel.Fit(data, new CoxOptions { Covariates = ["age", "ecog.ps"] });
        Assert.Throws<ArgumentException>(() => CoxZph.Test(fit, data, "sqrt"));
        var fewer = data with
        {
            Stop = data.Stop.RemoveAt(0),
            Status = data.Status.RemoveAt(0),
            Covariates = [.. data.Covariates.Select(c => c with { Values = c.Values.RemoveAt(0) })],
        };
        Assert.Throws<ArgumentException>(() => CoxZph.Test(fit, fewer));
        Assert.Equal("km", CoxZph.Test(fit, data).Transform);
        Assert.Equal(["km", "rank", "identity", "log"], CoxZph.Transforms.ToArray());
    }
}
