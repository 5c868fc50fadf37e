using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Tests;

/// <summary>What a Cox fit must not depend on, and the equivalences between its forms.</summary>
public sealed class CoxPropertiesTests
{
    private static SurvivalData Permute(SurvivalData data, int[] order) => data with
    {
        Start = data.HasStart ? [.. order.Select(i => data.Start[i])] : [],
        Stop = [.. order.Select(i => data.Stop[i])],
        Status = [.. order.Select(i => data.Status[i])],
        Strata = data.Strata.IsDefaultOrEmpty ? [] : [.. order.Select(i => data.Strata[i])],
        Clusters = data.Clusters.IsDefaultOrEmpty ? [] : [.. order.Select(i => data.Clusters[i])],
        Covariates = [.. data.Covariates.Select(c => c with { Values = [.. order.Select(i => c.Values[i])] })],
    };

    private static void SameFit(CoxFit expected, CoxFit actual, double tolerance)
    {
        Near.Equal(expected.LogLikelihood, actual.LogLikelihood, tolerance, "loglik");
        for (int k = 0; k < expected.Coefficients.Length; k++)
        {
            Near.Equal(expected.Coefficients[k].Coefficient, actual.Coefficients[k].Coefficient, tolerance, $"coef {k}");
            Near.Equal(expected.Coefficients[k].StandardError, actual.Coefficients[k].StandardError, tolerance, $"se {k}");
            if (expected.Robust)
                Near.Equal(expected.Coefficients[k].RobustStandardError!.Value, actual.Coefficients[k].RobustStandardError!.Value, tolerance, $"robust se {k}");
        }

        Assert.Equal(expected.Concordance.Concordant, actual.Concordance.Concordant);
        Assert.Equal(expected.Concordance.Discordant, actual.Concordance.Discordant);
        Near.Equal(expected.Concordance.StandardError, actual.Concordance.StandardError, tolerance, "concordance se");
    }

    [Theory]
    [InlineData("lung", true)]
    [InlineData("heart", false)]
    [InlineData("colon", true)]
    public void The_order_of_the_rows_does_not_matter(string file, bool strata)
    {
        var data = CoxFixture.Load(file).Data;
        if (!strata)
            data = data with { Strata = [] };
        var covariates = data.Covariates.Select(c => c.Name).Where(n => !strata || n != "sex").ToArray();
        var options = new CoxOptions { Covariates = [.. covariates] };
        var order = Enumerable.Range(0, data.Count).ToArray();
        new Random(42).Shuffle(order);
        SameFit(CoxModel.Fit(data, options), CoxModel.Fit(Permute(data, order), options), 1e-10);
    }

    [Fact]
    public void A_cause_specific_fit_is_the_fit_with_the_other_causes_censored()
    {
        var data = CoxFixture.Load("mgus2").Data;
        var recoded = data with { Status = [.. data.Status.Select(s => s == 2 ? 1 : 0)], Causes = ["death"] };
        SameFit(CoxModel.Fit(recoded), CoxModel.Fit(data, new CoxOptions { Cause = 2 }), 0);
        var any = data with { Status = [.. data.Status.Select(s => s > 0 ? 1 : 0)], Causes = ["any"] };
        SameFit(CoxModel.Fit(any), CoxModel.Fit(data), 0);
    }

    [Fact]
    public void Right_censored_rows_fit_as_intervals_from_zero()
    {
        var data = CoxFixture.Load("lung").Data with { Strata = [] };
        var counting = data with { Start = [.. Enumerable.Repeat(0.0, data.Count)] };
        SameFit(CoxModel.Fit(data), CoxModel.Fit(counting), 1e-8);
    }

    [Fact]
    public void Splitting_a_subjects_interval_leaves_the_fit_unchanged()
    {
        // (0, t] as (0, t/2] censored and (t/2, t] with the outcome: the same risk sets, so the same fit.
        var data = CoxFixture.Load("ovarian").Data;
        int n = data.Count;
        var starts = new List<double>();
        var stops = new List<double>();
        var status = new List<int>();
        var clusters = new List<string>();
        var values = data.Covariates.Select(_ => new List<double>()).ToArray();
        for (int i = 0; i < n; i++)
        {
            double half = Math.Floor(data.Stop[i] / 2) + 0.25;
            foreach (var (from, to, s) in new[] { (0.0, half, 0), (half, data.Stop[i], data.Status[i]) })
            {
                starts.Add(from);
                stops.Add(to);
                status.Add(s);
                clusters.Add($"s{i}");
                for (int k = 0; k < values.Length; k++)
                    values[k].Add(data.Covariates[k].Values[i]);
            }
        }

        var split = data with
        {
            Start = [.. starts],
            Stop = [.. stops],
            Status = [.. status],
            Clusters = [.. clusters],
            Covariates = [.. data.Covariates.Select((c, k) => c with { Values = [.. values[k]] })],
        };
        var options = new CoxOptions { Covariates = ["age", "ecog.ps"], Robust = true };
        var whole = CoxModel.Fit(data with { Clusters = [.. Enumerable.Range(0, n).Select(i => $"s{i}")] }, options);
        var parts = CoxModel.Fit(split, options);
        Near.Equal(whole.LogLikelihood, parts.LogLikelihood, 1e-10, "loglik");
        for (int k = 0; k < 2; k++)
        {
            Near.Equal(whole.Coefficients[k].Coefficient, parts.Coefficients[k].Coefficient, 1e-8, "coef");
            Near.Equal(whole.Coefficients[k].RobustStandardError!.Value, parts.Coefficients[k].RobustStandardError!.Value, 1e-8, "robust se");
        }

        Assert.Equal(whole.Concordance.Value, parts.Concordance.Value, 12);
        Assert.Equal(n, parts.Subjects);
    }
}
