using Willing.Typology.Sets;

namespace Willing.Typology.Tests.Sets;

/// <summary>Parameters of fit against R's QCA <c>pof()</c> on the fuzzy Lipset data (research/qca-reference.md).</summary>
public class SetFitTests
{
    // DEV: the fs/QCA calibration rounded to two decimals; SURV: the outcome of the shipped LF data.
    private static readonly double[] Dev = [.. DirectCalibrationTests.Dev.Select(x => Math.Round(DirectCalibration.Calibrate(x, new Anchors(900, 550, 400)), 2))];
    private static readonly double[] Surv = [0.05, 0.95, 0.89, 0.12, 0.77, 0.95, 0.05, 0.06, 0.42, 0.92, 0.05, 0.95, 0.12, 0.05, 0.21, 0.06, 0.95, 0.95];

    [Fact]
    public void Sufficiency_DevForSurv_MatchesQcaPof()
    {
        var fit = SetFit.Sufficiency(Dev, Surv);

        Assert.Equal(0.774617, fit.InclS, 6);
        Assert.Equal(0.743142, fit.Pri, 6);
        Assert.Equal(0.830986, fit.CovS, 6);
    }

    [Fact]
    public void Necessity_DevForSurv_MatchesQcaPof()
    {
        var fit = SetFit.Necessity(Dev, Surv);

        Assert.Equal(0.830986, fit.InclN, 6);
        Assert.Equal(0.811355, fit.RoN, 6);
        Assert.Equal(0.774617, fit.CovN, 6);
    }

    [Fact]
    public void Sufficiency_SubsetRelation_IsFullyConsistent()
    {
        double[] x = [0.1, 0.4, 0.7];
        double[] y = [0.3, 0.6, 0.9];

        var fit = SetFit.Sufficiency(x, y);

        Assert.Equal(1.0, fit.InclS, 12);
        Assert.Equal(1.2 / 1.8, fit.CovS, 12);
    }

    [Fact]
    public void Fit_MismatchedOrOutOfRange_Refused()
    {
        Assert.Throws<ArgumentException>(() => SetFit.Sufficiency([0.1], [0.1, 0.2]));
        Assert.Throws<ArgumentException>(() => SetFit.Necessity([1.2], [0.1]));
        Assert.Throws<ArgumentException>(() => SetFit.Necessity([], []));
    }
}
