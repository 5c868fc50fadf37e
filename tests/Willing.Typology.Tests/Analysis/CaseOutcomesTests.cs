using Willing.Core.Reading;
using Willing.Typology.Analysis;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;
using Willing.Typology.Sets;

namespace Willing.Typology.Tests.Analysis;

public class CaseOutcomesTests
{
    private static readonly Lazy<CaseBase> Base = new(() => CaseBase.LoadBuiltIn().CaseBase!);

    [Fact]
    public void ExitShare_Iraq_MostMembersLeftBeforeTheEnd()
    {
        double share = CaseOutcomes.ExitShare(Base.Value.Find("iraq-2003")!);

        Assert.InRange(share, 0.5, 0.8);
    }

    [Fact]
    public void ExitShare_GulfWar_NobodyLeftEarly() => Assert.Equal(0, CaseOutcomes.ExitShare(Base.Value.Find("gulf-war-1991")!));

    [Fact]
    public void Sets_HoldTheAxesAndTheOutcomes()
    {
        var iraq = Base.Value.Find("iraq-2003")!;
        var sets = CaseOutcomes.Sets(new TypologyEngine(CodebookReader.BuiltIn()).Classify(iraq), iraq);

        Assert.Equal(["C", "EXIT", "H", "LARGE", "R", "S", "T"], sets.Keys.Order(StringComparer.Ordinal));
        Assert.True(sets["EXIT"] > 0.9);
    }

    [Fact]
    public void Sufficiency_CircumventingInstitutionsForEarlyExit_IsComputedOverTheCaseBase()
    {
        var engine = new TypologyEngine(CodebookReader.BuiltIn());
        var sets = Base.Value.Coalitions.Select(c => CaseOutcomes.Sets(engine.Classify(c), c)).ToList();

        var fit = SetFit.Sufficiency([.. sets.Select(s => s["R"])], [.. sets.Select(s => s["EXIT"])]);

        Assert.InRange(fit.InclS, 0, 1);
        Assert.InRange(fit.CovS, 0, 1);
        Assert.True(fit.CovS > fit.InclS, "the early-exit cases are nearly all among those that circumvent institutions, but not the reverse");
    }
}
