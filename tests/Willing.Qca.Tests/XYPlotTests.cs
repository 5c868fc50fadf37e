using Willing.Qca.Plots;

namespace Willing.Qca.Tests;

public sealed class XYPlotTests
{
    [Fact]
    public void For_DevAgainstSurvival_GivesEveryCaseAndBothFits()
    {
        var plot = XYPlot.For(Lipset.Fuzzy, "DEV", "SURV");

        Assert.Equal(Lipset.Cases, plot.Points.Select(p => p.Label));
        Assert.Equal(new XYPoint("AU", 0.81, 0.05), plot.Points[0]);
        Assert.Equal(0.774617, plot.InclS!.Value, 6);
        Assert.Equal(0.830986, plot.CovS!.Value, 6);
        Assert.Equal(0.830986, plot.InclN!.Value, 6);
        Assert.Equal(0.811355, plot.RoN!.Value, 6);
        Assert.Equal("DEV", plot.X);
    }
}
