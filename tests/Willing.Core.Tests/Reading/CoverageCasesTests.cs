using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Core.Sources;

namespace Willing.Core.Tests.Reading;

/// <summary>
/// The fifteen coverage cases beyond the paper (issue 14), as shipped: key facts pinned to what the
/// sources say, so that an edit which changes a date, a count or a leader is a visible decision.
/// </summary>
public class CoverageCasesTests
{
    private static readonly Lazy<CaseBase> Base = new(() => CaseBase.LoadBuiltIn().CaseBase!);

    private static Coalition Case(string id) => Base.Value.Find(id) ?? throw new InvalidOperationException($"no case {id}");

    [Theory]
    [InlineData("unitaf-1992", "1992-12-09", "1993-05-04", IssueCategory.PeaceOperation, InstitutionalRelation.AuthorisedBeforehand, 14, "USA")]
    [InlineData("turquoise-1994", "1994-06-22", "1994-08-21", IssueCategory.PeaceOperation, InstitutionalRelation.AuthorisedBeforehand, 9, "FRA")]
    [InlineData("haiti-mnf-1994", "1994-09-19", "1995-03-31", IssueCategory.PeaceOperation, InstitutionalRelation.AuthorisedBeforehand, 4, "USA")]
    [InlineData("enduring-freedom-2001", "2001-10-07", "2014-12-28", IssueCategory.HardSecurity, InstitutionalRelation.EndorsedAfterwards, 20, "USA")]
    [InlineData("ramsi-2003", "2003-07-24", "2017-06-30", IssueCategory.PeaceOperation, InstitutionalRelation.WithinStandingForum, 15, "AUS")]
    [InlineData("libya-2011", "2011-03-19", "2011-10-31", IssueCategory.HardSecurity, InstitutionalRelation.AuthorisedBeforehand, 19, "FRA GBR USA nato")]
    [InlineData("psi-2003", "2003-05-31", null, IssueCategory.ArmsControl, InstitutionalRelation.OutsideStandingForum, 25, "USA")]
    [InlineData("tsunami-core-group-2004", "2004-12-29", "2005-01-06", IssueCategory.DisasterRelief, InstitutionalRelation.OutsideStandingForum, 6, "USA")]
    [InlineData("ctf-151-2009", "2009-01-08", null, IssueCategory.HardSecurity, InstitutionalRelation.AuthorisedBeforehand, 21, "USA")]
    [InlineData("r2p-iciss-2000", "2000-09-07", "2005-09-16", IssueCategory.HumanRights, InstitutionalRelation.WithinStandingForum, 28, "CAN gareth-evans mohamed-sahnoun")]
    [InlineData("fctc-1999", "1999-05", "2005-02-27", IssueCategory.Health, InstitutionalRelation.WithinStandingForum, 21, "gro-harlem-brundtland who")]
    [InlineData("high-ambition-2015", "2015-07", "2015-12-12", IssueCategory.Environment, InstitutionalRelation.WithinStandingForum, 17, "MHL european-union tony-de-brum")]
    [InlineData("g20-cancun-2003", "2003-08-20", null, IssueCategory.Trade, InstitutionalRelation.WithinStandingForum, 25, "BRA IND")]
    [InlineData("mpia-2020", "2020-04-30", null, IssueCategory.Trade, InstitutionalRelation.WithinStandingForum, 30, "CAN european-union")]
    [InlineData("covax-2020", "2020-04-24", "2023-12-31", IssueCategory.Health, InstitutionalRelation.WithinStandingForum, 15, "cepi gavi unicef who")]
    public void Case_KeepsItsPeriodAreaRelationMembersAndLeaders(
        string id, string start, string? end, IssueCategory area, InstitutionalRelation relation, int members, string leaders)
    {
        var c = Case(id);

        Assert.Equal(start, c.Period.Start.ToString());
        Assert.Equal(end, c.Period.End?.ToString());
        Assert.Equal(area, c.IssueArea.Category);
        Assert.Equal(relation, c.Institutions.Relation);
        Assert.Equal(members, c.Members.Count());
        Assert.Equal(leaders, string.Join(" ", c.Leaders.Select(a => a.Value).Order(StringComparer.Ordinal)));
        Assert.NotEmpty(c.Periods);
        Assert.Null(c.Cooper);
    }

    [Theory]
    [InlineData("unitaf-1992", "USA", ContributionKind.Troops, 28000)]
    [InlineData("unitaf-1992", "FRA", ContributionKind.Troops, 2100)]
    [InlineData("turquoise-1994", "FRA", ContributionKind.Troops, 2500)]
    [InlineData("haiti-mnf-1994", "USA", ContributionKind.Troops, 25000)]
    [InlineData("enduring-freedom-2001", "GBR", ContributionKind.Troops, 3600)]
    [InlineData("ramsi-2003", "AUS", ContributionKind.Troops, 1500)]
    [InlineData("libya-2011", "NOR", ContributionKind.Aircraft, 6)]
    [InlineData("tsunami-core-group-2004", "USA", ContributionKind.Money, 350000000)]
    public void Contribution_IsTheSourcedFigure(string id, string actor, ContributionKind kind, double amount)
    {
        var membership = Case(id).MembershipOf(new ActorId(actor))!;

        Assert.Contains(membership.Contributions, x => x.Kind == kind && x.Amount == (decimal)amount && !x.Provenance.Sources.IsEmpty);
    }

    [Theory]
    [InlineData("psi-2003", "2002-12-09")]
    [InlineData("tsunami-core-group-2004", "2004-12-26")]
    [InlineData("enduring-freedom-2001", "2001-09-11")]
    [InlineData("turquoise-1994", "1994-04-06")]
    [InlineData("covax-2020", "2020-03-11")]
    public void Trigger_IsDatedFromTheSources(string id, string date) => Assert.Equal(date, Case(id).Trigger.Date.ToString());

    [Fact]
    public void CoverageCases_NoFactRestsOnlyOnWeakSourcesOrMirrors_AndEachHasAtLeastTheMedianFactsPerMember()
    {
        var paper = Base.Value.Coalitions.Where(c => c.Cooper is not null).Select(c => (double)SourceMix.Of(c).Facts / c.Members.Count()).Order().ToList();
        double median = paper.Count % 2 == 1 ? paper[paper.Count / 2] : (paper[(paper.Count / 2) - 1] + paper[paper.Count / 2]) / 2;
        foreach (var c in Base.Value.Coalitions.Where(c => c.Cooper is null))
        {
            var mix = SourceMix.Of(c);
            Assert.True(mix.WeakOnly.IsEmpty, $"{c.Id}: {mix.WeakOnly.Length} weak-only facts");
            Assert.True(mix.MirrorOnly.IsEmpty, $"{c.Id}: {mix.MirrorOnly.Length} mirror-only facts");
            Assert.True(mix.MirrorShare < 0.1, $"{c.Id}: mirror share {mix.MirrorShare}");
            double perMember = (double)mix.Facts / c.Members.Count();
            Assert.True(perMember >= median, $"{c.Id}: {perMember:0.##} facts per member, below the median paper case's {median:0.##}");
        }
    }
}
