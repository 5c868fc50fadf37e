using Willing.Core.Model;
using Willing.Core.Reading;

namespace Willing.Core.Tests.Reading;

/// <summary>The paper's case base, as shipped: it loads, and key facts stay what the sources say.</summary>
public class BuiltInCaseBaseTests
{
    private static readonly Lazy<CaseBase> Base = new(() =>
    {
        var result = CaseBase.LoadBuiltIn();
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.CaseBase!;
    });

    private static Coalition Case(string id) => Base.Value.Find(id) ?? throw new InvalidOperationException($"no case {id}");

    private static ActorId A(string id) => new(id);

    [Fact]
    public void LoadBuiltIn_HoldsThePapersTwelveCasesTheCoalitionOfTheUnwillingAndTheFifteenCoverageCases()
    {
        string[] expected =
        [
            "alba-1997", "child-soldiers", "coalition-of-the-unwilling-2003", "covax-2020", "ctf-151-2009", "enduring-freedom-2001", "fctc-1999",
            "g20-cancun-2003", "gulf-war-1991", "haiti-mnf-1994", "high-ambition-2015", "human-security-network", "icc-rome-statute", "interfet-1999",
            "iraq-2003", "isaf-afghanistan", "kimberley-process", "kosovo-1999", "landmines-ottawa", "libya-2011", "mpia-2020", "psi-2003",
            "r2p-iciss-2000", "ramsi-2003", "small-arms", "tsunami-core-group-2004", "turquoise-1994", "unitaf-1992",
        ];

        Assert.Equal(expected, Base.Value.Coalitions.Select(c => c.Id.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LoadBuiltIn_ReadInParallel_EqualsEachFileReadOnItsOwnInTurn()
    {
        var assembly = typeof(CaseBase).Assembly;
        var oneByOne = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Willing.Cases.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return CaseFileReader.Read("data/cases/" + n["Willing.Cases.".Length..], memory.ToArray());
            })
            .ToList();

        var inTurn = CaseBase.Combine(oneByOne, checkAntecedents: true);
        var again = CaseBase.LoadBuiltIn();

        Assert.True(inTurn.Succeeded);
        Assert.Equal(inTurn.FileCount, again.FileCount);
        Assert.Equal(inTurn.CaseBase!.Coalitions.Select(CanonicalJson.Of), Base.Value.Coalitions.Select(CanonicalJson.Of));
        Assert.Equal(inTurn.CaseBase!.Coalitions.Select(CanonicalJson.Of), again.CaseBase!.Coalitions.Select(CanonicalJson.Of));
    }

    public static TheoryData<string> CaseIds() => [.. Base.Value.Coalitions.Select(c => c.Id.Value)];

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void EveryFact_CitesDeclaredSources(string id)
    {
        var c = Case(id);
        var declared = c.Sources.Select(s => s.Id).ToHashSet();

        var facts = Provenances(c).ToList();

        Assert.NotEmpty(facts);
        Assert.All(facts, p =>
        {
            Assert.NotEmpty(p.Sources);
            Assert.All(p.Sources.Concat(p.Alternatives.SelectMany(a => a.Sources)), s => Assert.Contains(s, declared));
        });
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void EveryCase_CitesThePaperWhenThePaperTreatsItAndHasALeaderOrCoreGroup(string id)
    {
        var c = Case(id);

        if (c.Cooper is not null)
            Assert.Contains(c.Sources, s => s.IsPaper);
        Assert.Contains(c.Memberships, m => m.Has(Role.Leader) || m.Has(Role.CoLeader) || m.Has(Role.CoreGroupMember) || m.Has(Role.LeadNation));
    }

    [Fact]
    public void Iraq_WhiteHouseListHas49StatesWithTongaAddedAndCostaRicaRemoved()
    {
        var list = Case("iraq-2003").Lists.Single(l => l.Id.Value == "white-house-list");

        Assert.Equal(49, list.Entries.Length);
        Assert.Equal(ListKind.Membership, list.Kind);
        Assert.Equal("2003-04-03", list.Entries.Single(e => e.Actor == A("TON")).Added.ToString());
        Assert.NotNull(list.Entries.Single(e => e.Actor == A("CRI")).Removed);
    }

    [Fact]
    public void Iraq_EveryListedStateAndSevenUnlistedTroopContributorsAreMembers()
    {
        var iraq = Case("iraq-2003");
        var listed = iraq.Lists.Single(l => l.Id.Value == "white-house-list").Entries.Select(e => e.Actor).ToHashSet();
        var contributors = iraq.Members.Where(m => m.Has(Role.TroopContributor)).Select(m => m.Actor).ToHashSet();

        Assert.All(listed, a => Assert.NotNull(iraq.MembershipOf(a)));
        Assert.Equal(39, contributors.Count);
        Assert.Equal(["ARM", "BIH", "KAZ", "MDA", "NOR", "NZL", "THA"], contributors.Except(listed).Select(a => a.Value).Order(StringComparer.Ordinal));
        Assert.All(contributors, a => Assert.NotNull(iraq.MembershipOf(a)!.PeakTroops));
        Assert.All(contributors, a => Assert.NotNull(iraq.MembershipOf(a)!.Left));
    }

    [Fact]
    public void Iraq_SpainLeftInMay2004AfterTheMarchElection()
    {
        var iraq = Case("iraq-2003");
        var spain = iraq.MembershipOf(A("ESP"))!;

        Assert.Equal("2004-05", spain.Left.ToString());
        Assert.Equal(1300m, spain.PeakTroops);
        Assert.Equal(ExitReason.Election, spain.Exit!.Reason);
        var election = iraq.Event(spain.Exit.Event!)!;
        Assert.Equal(EventKind.Election, election.Kind);
        Assert.Equal("2004-03-14", election.Date.ToString());
        Assert.Equal(A("ESP"), election.Subject);
        Assert.True(election.GovernmentChanged);
    }

    [Fact]
    public void Iraq_RolesOfLeaderFirstFollowerAndDeputy()
    {
        var iraq = Case("iraq-2003");

        Assert.Equal([A("USA")], iraq.Leaders);
        Assert.True(iraq.MembershipOf(A("GBR"))!.Has(Role.FirstFollower));
        Assert.True(iraq.MembershipOf(A("AUS"))!.Has(Role.RegionalDeputy));
        // One scale with Kosovo: no authorisation before the war, later mandates for the presence that followed.
        Assert.Equal(InstitutionalRelation.EndorsedAfterwards, iraq.Institutions.Relation);
        Assert.Equal(["unscr-1483", "unscr-1511", "unscr-1546"], iraq.Institutions.Events.Select(e => e.Value));
    }

    [Fact]
    public void Iraq_LetterOfEightAndVilniusTenUseTheSourcedLabels()
    {
        var lists = Case("iraq-2003").Lists;

        var eight = lists.Single(l => l.Id.Value == "letter-of-eight-list");
        var ten = lists.Single(l => l.Id.Value == "vilnius-ten-list");

        Assert.Equal(["CZE", "DNK", "ESP", "GBR", "HUN", "ITA", "POL", "PRT"], eight.Entries.Select(e => e.Actor.Value).Order(StringComparer.Ordinal));
        Assert.Equal("2003-01-30", eight.Published.ToString());
        Assert.Equal(10, ten.Entries.Length);
        Assert.Contains(ten.Entries, e => e.Actor == A("HRV"));
        Assert.Equal("2003-02-05", ten.Published.ToString());
    }

    [Fact]
    public void Iraq_InducementsIncludeTurkeysSixBillionOffer()
    {
        var turkey = Case("iraq-2003").InducementsTo(A("TUR")).ToList();

        Assert.Contains(turkey, i => i.From == A("USA") && i.Kind == InducementKind.SidePayment && i.AmountUsd == 6_000_000_000m && i.Direction == InducementDirection.Inducement);
        Assert.Contains(turkey, i => i.Kind == InducementKind.AidCut);
    }

    [Fact]
    public void Gulf_AuthorisedBeforehandByResolution678()
    {
        var gulf = Case("gulf-war-1991");

        Assert.Equal(InstitutionalRelation.AuthorisedBeforehand, gulf.Institutions.Relation);
        var r678 = gulf.Event(gulf.Institutions.Events.Single())!;
        Assert.Equal(new VoteTally(12, 2, 1), r678.Vote);
        Assert.Equal("1990-11-29", r678.Date.ToString());
    }

    [Theory]
    [InlineData("kosovo-1999", InstitutionalRelation.EndorsedAfterwards)]
    [InlineData("alba-1997", InstitutionalRelation.AuthorisedBeforehand)]
    [InlineData("interfet-1999", InstitutionalRelation.AuthorisedBeforehand)]
    [InlineData("isaf-afghanistan", InstitutionalRelation.AuthorisedBeforehand)]
    [InlineData("landmines-ottawa", InstitutionalRelation.OutsideStandingForum)]
    [InlineData("icc-rome-statute", InstitutionalRelation.WithinStandingForum)]
    public void RelationToInstitutions_AsSourced(string id, InstitutionalRelation relation) =>
        Assert.Equal(relation, Case(id).Institutions.Relation);

    [Fact]
    public void Kosovo_AllNineteenNatoMembers()
    {
        var kosovo = Case("kosovo-1999");

        Assert.Equal(19, kosovo.Members.Count());
        Assert.Equal(A("USA"), kosovo.Leaders.Single());
    }

    [Fact]
    public void Landmines_OsloIn1997ChairedBySouthAfricaAnd122Signatories()
    {
        var mines = Case("landmines-ottawa");

        var oslo = mines.Event(new ItemId("lm-oslo-diplomatic-conference-1997"))!;
        Assert.Equal(1997, oslo.Date.Year);
        Assert.Equal(A("ZAF"), oslo.Chair);
        var signing = mines.Event(new ItemId("lm-ottawa-signing-conference-1997"))!;
        Assert.Equal(122, signing.ParticipantsCount);
        Assert.Equal(["120", "121", "123"], signing.Provenance.Alternatives.Select(a => a.Value).Order(StringComparer.Ordinal));
        Assert.Subset(mines.Memberships.Where(m => m.Has(Role.Opponent)).Select(m => m.Actor).ToHashSet(), new HashSet<ActorId> { A("USA"), A("RUS"), A("CHN"), A("IND") });
        Assert.Contains(mines.Actors, a => a.Kind == ActorKind.Person && a.ActsFor == A("CAN"));
    }

    [Fact]
    public void Icc_RomeVote120To7With21Abstentions()
    {
        var vote = Case("icc-rome-statute").Events.Single(e => e.Vote is not null).Vote;

        Assert.Equal(new VoteTally(120, 7, 21), vote);
    }

    [Fact]
    public void NonStateActors_AreInTheModelTwoCases()
    {
        foreach (var id in new[] { "landmines-ottawa", "icc-rome-statute", "kimberley-process", "child-soldiers", "small-arms" })
            Assert.Contains(Case(id).Members, m => Case(id).Actor(m.Actor).Kind is ActorKind.Ngo or ActorKind.NgoNetwork);
        Assert.Contains(Case("kimberley-process").Memberships, m => Case("kimberley-process").Actor(m.Actor).Kind == ActorKind.Firm);
        Assert.Contains(Case("small-arms").Memberships, m => m.Has(Role.Opponent) && Case("small-arms").Actor(m.Actor).Name.Contains("Rifle", StringComparison.Ordinal));
    }

    // Every sourced fact, the walker the sources command uses (Willing.Core.Sources.FactWalker).
    private static IEnumerable<Provenance> Provenances(Coalition c) => Willing.Core.Sources.FactWalker.Facts(c).Select(f => f.Provenance);
}
