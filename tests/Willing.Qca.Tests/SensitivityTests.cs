using Willing.Qca.Calibration;
using Willing.Qca.Robustness;

namespace Willing.Qca.Tests;

public sealed class SensitivityTests
{
    private static readonly CalibrationSpec[] Baseline = [CalibrationSpec.Parse("DEV=direct:400,550,900")];

    // A stand-in for the minimiser: the cases that are members (above 0.5) of DEV after calibration, or, with a
    // cut-off, those whose membership reaches it.
    private static string Members(IReadOnlyList<CalibrationSpec> specs, double cut)
    {
        var dev = Calibrator.Apply(Lipset.Raw, specs).Column("DEV").Values;
        return string.Join(",", Lipset.Cases.Where((_, i) => dev[i] > 0.5));
    }

    private static string AtLeastCut(IReadOnlyList<CalibrationSpec> specs, double cut)
    {
        var dev = Calibrator.Apply(Lipset.Raw, specs).Column("DEV").Values;
        return string.Join(",", Lipset.Cases.Where((_, i) => dev[i] >= cut));
    }

    [Fact]
    public void StepAnchor_Crossover_HoldsBetweenTheNearestDataValues()
    {
        // DEV values around 550: 517 (IT) and 586 (CZ). The members stay the same while 517 ≤ c < 586.
        var s = Sensitivity.StepAnchor(Baseline, 0.8, Members, "DEV", "c", 10);

        Assert.Equal(550, s.Baseline);
        Assert.Equal(520, s.Lowest);
        Assert.Equal(580, s.Highest);
        Assert.Equal(RangeEnd.Changed, s.LowerEnd);
        Assert.Equal(RangeEnd.Changed, s.UpperEnd);
        Assert.Equal([540.0, 530, 520, 510, 560, 570, 580, 590], s.Variations.Select(v => v.Value));
        Assert.Equal([true, true, true, false, true, true, true, false], s.Variations.Select(v => v.Same));
    }

    [Fact]
    public void StepAnchor_Exclusion_StopsAtTheStepLimitOrWhenTheAnchorsCross()
    {
        var limited = Sensitivity.StepAnchor(Baseline, 0.8, Members, "DEV", "e", 10, maxSteps: 10);
        var crossing = Sensitivity.StepAnchor(Baseline, 0.8, Members, "DEV", "e", 10, maxSteps: 20);

        Assert.Equal((300, 500), (limited.Lowest, limited.Highest));
        Assert.Equal((RangeEnd.SearchEnd, RangeEnd.SearchEnd), (limited.LowerEnd, limited.UpperEnd));
        Assert.Equal(540, crossing.Highest);
        Assert.Equal(RangeEnd.AnchorsOutOfOrder, crossing.UpperEnd);
        Assert.StartsWith("the anchors would be out of order", crossing.Variations.Last().Error, StringComparison.Ordinal);
    }

    [Fact]
    public void GridAnchor_ReportsTheRunAroundTheBaseline()
    {
        var s = Sensitivity.GridAnchor(Baseline, 0.8, Members, "DEV", "c", [450, 500, 520, 560, 585, 600, 700]);

        Assert.Equal((520, 585), (s.Lowest, s.Highest));
        Assert.Equal([false, false, true, true, true, false, false], s.Variations.Select(v => v.Same));
    }

    [Fact]
    public void InclCuts_FindTheRangeOfCutOffsWithTheBaselinesResult()
    {
        // QCA-convention DEV memberships: AU 0.8069 is the lowest at or above 0.8, IE 0.7195 the highest below it.
        var s = Sensitivity.InclCuts(Baseline, 0.8, AtLeastCut, new InclCutRange(0.5, 1, 0.05));

        Assert.Equal((0.75, 0.8), (s.Lowest, s.Highest));
        Assert.Equal((RangeEnd.Changed, RangeEnd.Changed), (s.LowerEnd, s.UpperEnd));
        Assert.Equal(11, s.Variations.Length);
        Assert.Equal(0.7, s.Variations[4].Value);
    }

    [Fact]
    public void Run_AVariationThatThrows_CountsAsAChange()
    {
        string Fragile(IReadOnlyList<CalibrationSpec> specs, double cut) =>
            cut > 0.85 ? throw new QcaException("there are no configurations at this cut-off") : "same";

        var report = Sensitivity.Run(Baseline, 0.8, Fragile, new RobustnessPlan(new Dictionary<string, double> { ["DEV"] = 25 }, MaxSteps: 2, InclCuts: new InclCutRange(0.8, 0.9, 0.05)));

        Assert.Equal("same", report.BaselineKey);
        Assert.Equal(["e", "c", "i"], report.Anchors.Select(a => a.Threshold));
        Assert.All(report.Anchors, a => Assert.All(a.Variations, v => Assert.True(v.Same)));
        Assert.Equal(0.85, report.InclCuts!.Highest);
        Assert.Equal("there are no configurations at this cut-off", report.InclCuts.Variations[^1].Error);
        Assert.False(report.AllSame);
    }

    [Fact]
    public void Run_UnknownColumnOrThreshold_IsAnError()
    {
        Assert.Throws<QcaException>(() => Sensitivity.Run(Baseline, 0.8, Members, new RobustnessPlan(new Dictionary<string, double> { ["URB"] = 1 })));
        Assert.Throws<QcaException>(() => Sensitivity.StepAnchor(Baseline, 0.8, Members, "DEV", "threshold", 1));
        Assert.Throws<QcaException>(() => Sensitivity.StepAnchor(Baseline, 0.8, Members, "DEV", "c", -1));
        Assert.Throws<QcaException>(() => Sensitivity.InclCuts(Baseline, 0.8, Members, new InclCutRange(0.9, 0.5, 0.1)));
    }
}
