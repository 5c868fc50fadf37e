using Willing.Core.Model;
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

    // Four members of a coalition that ran 2000-2010: the leader stays; the others leave in 2005,
    // one after an election, one by a person's death, one by a succession in office.
    private const string Leaving = """
        id: leaving-test
        name: Leaving test
        summary: Members who leave for different reasons.
        issue_area: { category: other, sources: [s] }
        period: { start: 2000, end: 2010, sources: [s] }
        trigger: { kind: other, sources: [s] }
        institutions: { relation: none, sources: [s] }
        sources: [{ id: s, citation: A book, kind: academic }]
        actors:
          - { id: USA, kind: state }
          - { id: ESP, kind: state }
          - { id: diana, kind: person, name: A Patron }
          - { id: chair, kind: person, name: A Chair }
          - { id: MEX, kind: state }
        memberships:
          - { actor: USA, roles: [leader], joined: 2000, sources: [s] }
          - { actor: ESP, roles: [troop-contributor], joined: 2000, left: 2005, exit: { reason: election }, sources: [s] }
          - { actor: diana, roles: [advocate], joined: 2000, left: 2005, exit: { reason: death }, sources: [s] }
          - { actor: chair, roles: [campaign-coordinator], joined: 2000, left: 2005, exit: { reason: succession }, sources: [s] }
          - { actor: MEX, roles: [courted], left: 2005, exit: { reason: election }, sources: [s] }
        """;

    private static Coalition ReadLeaving(string text)
    {
        var result = CaseFileReader.Read("leaving.yaml", text);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Coalition!;
    }

    [Fact]
    public void ExitShare_DeathAndSuccession_NotCountedButElectionIs()
    {
        // Counted: USA (stayed) and ESP (left after an election); the person who died and the one
        // succeeded are left out of both the leavers and the members; MEX is not a member.
        Assert.Equal(0.5, CaseOutcomes.ExitShare(ReadLeaving(Leaving)));
    }

    [Theory]
    [InlineData("death", 0.5)]
    [InlineData("succession", 0.5)]
    [InlineData("mandate-expiry", 2.0 / 3)]
    [InlineData("cost", 2.0 / 3)]
    public void ExitShare_PersonsExitReason_CountedUnlessDeathOrSuccession(string reason, double share)
    {
        string text = Leaving
            .Replace("exit: { reason: death }", "exit: { reason: other }", StringComparison.Ordinal)
            .Replace("  - { actor: chair, roles: [campaign-coordinator], joined: 2000, left: 2005, exit: { reason: succession }, sources: [s] }\n", string.Empty, StringComparison.Ordinal)
            .Replace("exit: { reason: other }", $"exit: {{ reason: {reason} }}", StringComparison.Ordinal);

        // Members: USA (stayed), ESP (election), and the person with the given exit reason.
        Assert.Equal(share, CaseOutcomes.ExitShare(ReadLeaving(text)), 12);
    }

    [Fact]
    public void ExitShare_OnlyDeathsAndSuccessions_NobodyLeft()
    {
        string text = Leaving.Replace("exit: { reason: election }, sources: [s] }\n  - { actor: diana", "sources: [s] }\n  - { actor: diana", StringComparison.Ordinal)
            .Replace("left: 2005, sources: [s] }\n  - { actor: diana", "sources: [s] }\n  - { actor: diana", StringComparison.Ordinal);

        Assert.Equal(0, CaseOutcomes.ExitShare(ReadLeaving(text)));
    }

    [Fact]
    public void ExitShare_Landmines_DianasDeathIsNotAnExit()
    {
        var landmines = Base.Value.Find("landmines-ottawa")!;
        var diana = landmines.Memberships.Single(m => m.Exit?.Reason == ExitReason.Death);
        var withoutDeath = landmines with { Memberships = [.. landmines.Memberships.Where(m => m != diana)] };

        Assert.Equal(CaseOutcomes.ExitShare(withoutDeath), CaseOutcomes.ExitShare(landmines));
    }

    [Fact]
    public void Sets_HoldTheAxesAndTheOutcomes()
    {
        var iraq = Base.Value.Find("iraq-2003")!;
        var sets = CaseOutcomes.Sets(new TypologyEngine(CodebookReader.BuiltIn()).Classify(iraq), iraq);

        Assert.Equal(["C", "D", "EXIT", "H", "LARGE", "R", "S", "T"], sets.Keys.Order(StringComparer.Ordinal));
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
