using Willing.Typology.Sets;

namespace Willing.Typology.Tests.Sets;

/// <summary>Golden values from R's QCA package (research/qca-reference.md) and the theory note's worked example.</summary>
public class DirectCalibrationTests
{
    // Lipset DEV (GDP per capita), case order AU BE CZ EE FI FR DE GR HU IE IT NL PL PT RO ES SE UK.
    public static readonly double[] Dev = [720, 1098, 586, 468, 590, 983, 795, 390, 424, 662, 517, 1008, 350, 320, 331, 367, 897, 1038];

    private static readonly double[] QcaDefault =
        [0.806926, 0.990148, 0.575141, 0.166640, 0.583342, 0.974486, 0.887065, 0.041458, 0.077749, 0.719548, 0.343491, 0.979225, 0.019342, 0.010827, 0.013402, 0.026799, 0.948787, 0.983784];

    private static readonly double[] FsQca =
        [0.811095, 0.990961, 0.576537, 0.162465, 0.584884, 0.976141, 0.890903, 0.039166, 0.074468, 0.723122, 0.340740, 0.980654, 0.017986, 0.009952, 0.012370, 0.025087, 0.951399, 0.984974];

    private static readonly Anchors DevAnchors = new(900, 550, 400);

    [Fact]
    public void Calibrate_LipsetDevQcaConvention_MatchesRToSixDecimals()
    {
        for (int i = 0; i < Dev.Length; i++)
            Assert.Equal(QcaDefault[i], DirectCalibration.Calibrate(Dev[i], DevAnchors, CalibrationConvention.Qca), 6);
    }

    [Fact]
    public void Calibrate_LipsetDevRaginConvention_MatchesFsQcaToSixDecimals()
    {
        for (int i = 0; i < Dev.Length; i++)
            Assert.Equal(FsQca[i], DirectCalibration.Calibrate(Dev[i], DevAnchors, CalibrationConvention.Ragin), 6);
    }

    [Fact]
    public void Crisp_LipsetDevAt550_MatchesR()
    {
        int[] expected = [1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 1];

        Assert.Equal(expected, Dev.Select(x => (int)DirectCalibration.Crisp(x, 550)));
    }

    [Theory]
    [InlineData(900, 4.2, 0.9852)]
    [InlineData(800, 3.0, 0.9526)]
    [InlineData(675, 1.5, 0.8176)]
    [InlineData(550, 0.0, 0.5000)]
    [InlineData(425, -1.5, 0.1824)]
    [InlineData(300, -3.0, 0.0474)]
    [InlineData(200, -4.2, 0.0148)]
    public void Calibrate_WorkedExample_LogOddsAndMembership(double x, double logOdds, double membership)
    {
        var anchors = new Anchors(800, 550, 300);

        Assert.Equal(logOdds, DirectCalibration.LogOdds(x, anchors), 9);
        Assert.Equal(membership, DirectCalibration.Calibrate(x, anchors), 4);
    }

    [Theory]
    [InlineData(CalibrationConvention.Ragin, 0.952574)]
    [InlineData(CalibrationConvention.Qca, 0.95)]
    public void Calibrate_AtFullAnchor_GivesTheConventionsMembership(CalibrationConvention convention, double expected)
    {
        Assert.Equal(expected, DirectCalibration.Calibrate(800, new Anchors(800, 550, 300), convention), 6);
        Assert.Equal(1 - expected, DirectCalibration.Calibrate(300, new Anchors(800, 550, 300), convention), 6);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(365)]
    [InlineData(900)]
    [InlineData(4000)]
    public void Calibrate_DecreasingSet_MirrorsTheIncreasingSetOfTheNegatedValue(double days)
    {
        double decreasing = DirectCalibration.Calibrate(days, new Anchors(90, 730, 1825));
        double mirrored = DirectCalibration.Calibrate(-days, new Anchors(-90, -730, -1825));

        Assert.Equal(mirrored, decreasing, 12);
        Assert.True(DirectCalibration.Calibrate(days + 1, new Anchors(90, 730, 1825)) < decreasing);
    }

    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(1, 3, 2)]
    [InlineData(3, 1, 2)]
    [InlineData(2, 2, 2)]
    public void Anchors_NotStrictlyOrdered_AreRefused(double full, double crossover, double non)
    {
        Assert.Throws<ArgumentException>(() => new Anchors(full, crossover, non));
        Assert.Null(Anchors.TryCreate(full, crossover, non, out var error));
        Assert.Contains("strictly ordered", error, StringComparison.Ordinal);
    }
}
