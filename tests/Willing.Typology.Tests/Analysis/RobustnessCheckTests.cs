using Willing.Core.Reading;
using Willing.Typology.Analysis;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Typology.Tests.Analysis;

public class RobustnessCheckTests
{
    private static readonly Lazy<IReadOnlyList<Willing.Core.Model.Coalition>> Cases = new(() => CaseBase.LoadBuiltIn().CaseBase!.Coalitions);

    [Fact]
    public void Run_SameSeed_SameResultOnOneOrManyThreads()
    {
        var codebook = CodebookReader.BuiltIn();

        var one = RobustnessCheck.Run(Cases.Value, codebook, new RobustnessOptions(300, 0.2, 0.3, Seed: 11, Threads: 1));
        var four = RobustnessCheck.Run(Cases.Value, codebook, new RobustnessOptions(300, 0.2, 0.3, Seed: 11, Threads: 4));

        Assert.Equal(one.Cases.Select(c => (c.KeepsModel, c.KeepsCell)), four.Cases.Select(c => (c.KeepsModel, c.KeepsCell)));
        Assert.Equal(one.Cases.SelectMany(c => c.CellCounts), four.Cases.SelectMany(c => c.CellCounts));
    }

    [Fact]
    public void Run_DifferentSeeds_DrawDifferentCodebooks()
    {
        var codebook = CodebookReader.BuiltIn();

        var a = RobustnessCheck.Perturb(codebook, new RobustnessOptions(AnchorBand: 0.2), new Random(1));
        var b = RobustnessCheck.Perturb(codebook, new RobustnessOptions(AnchorBand: 0.2), new Random(2));

        Assert.NotEqual(a.Indicators.Select(i => i.Calibration), b.Indicators.Select(i => i.Calibration));
    }

    [Fact]
    public void CellOf_AgreesWithTheFullScoreUnderPerturbedCodebooks()
    {
        var codebook = CodebookReader.BuiltIn();
        var engine = new TypologyEngine(codebook);
        var random = new Random(17);
        for (int draw = 0; draw < 50; draw++)
        {
            var perturbed = RobustnessCheck.Perturb(codebook, new RobustnessOptions(AnchorBand: 0.3, RuleSwapProbability: 0.3), random);
            foreach (var c in Cases.Value)
            {
                var raw = engine.Measure(c);
                Assert.Equal(TypologyEngine.Score(c.Id, c.Name, raw, perturbed).Cell, TypologyEngine.CellOf(raw, perturbed));
            }
        }
    }

    [Fact]
    public void Run_ZeroBand_EveryCaseKeepsItsCell()
    {
        var report = RobustnessCheck.Run(Cases.Value, CodebookReader.BuiltIn(), new RobustnessOptions(20, 0.0, Seed: 3));

        Assert.All(report.Cases, c => Assert.Equal(c.Cell is null ? 0.0 : 1.0, c.KeepsCell));
    }

    [Fact]
    public void Run_PureModelsAreStableUnderTenPercentBands()
    {
        var report = RobustnessCheck.Run(Cases.Value, CodebookReader.BuiltIn(), new RobustnessOptions(400, 0.1, Seed: 5));

        foreach (var id in new[] { "iraq-2003", "landmines-ottawa", "icc-rome-statute" })
            Assert.True(report.Cases.Single(c => c.Case.Value == id).KeepsModel >= 0.95, id);
        Assert.All(report.Cases, c => Assert.Equal(400, c.CellCounts.Values.Sum()));
    }

    [Fact]
    public void Perturb_KeepsAnchorsOrderedAndAssignmentsInUnitInterval()
    {
        var codebook = CodebookReader.BuiltIn();
        var random = new Random(9);
        for (int i = 0; i < 200; i++)
        {
            var p = RobustnessCheck.Perturb(codebook, new RobustnessOptions(AnchorBand: 0.4), random);
            foreach (var (before, after) in codebook.Indicators.Zip(p.Indicators))
            {
                if (after.Calibration is DirectCalibrationSpec d)
                    Assert.Equal(((DirectCalibrationSpec)before.Calibration).Anchors.Increasing, d.Anchors.Increasing);
                if (after.Calibration is AssignmentSpec s)
                    Assert.All(s.Values.Values, v => Assert.InRange(v, 0, 1));
            }
        }
    }
}
