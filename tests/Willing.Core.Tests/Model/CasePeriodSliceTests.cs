using Willing.Core.Model;
using Willing.Core.Reading;

namespace Willing.Core.Tests.Model;

/// <summary>Slicing a coalition to one of its periods (<see cref="CasePeriods.Slice"/>): each rule of docs/case-file-format.md, "Periods", on a small synthetic coalition.</summary>
public class CasePeriodSliceTests
{
    // Membership indices: 0 USA, 1 ESP, 2 NLD, 3 JPN, 4 TUR, 5 POL, 6 AUS, 7 GBR, 8 ITA.
    private const string Text = """
        id: test-slice
        name: Slice test
        summary: A synthetic coalition for the slicing rules.
        issue_area: { category: hard-security, sources: [book] }
        period: { start: 2003-01, end: 2005-12, sources: [book] }
        periods:
          - { id: y2003, name: From March 2003, start: 2003-03, end: 2003-12, sources: [book] }
          - { id: h1-2004, name: First half of 2004, start: 2004-01, end: 2004-06, sources: [book] }
          - { id: from-2005, name: From 2005, start: 2005, sources: [book] }
          - { id: spring, name: Spring 2003, start: 2003-spring, end: 2003-spring, sources: [book] }
        trigger: { kind: wmd-threat, date: 2002-09, event: speech, sources: [book] }
        institutions: { relation: none, events: [speech], sources: [book] }
        sources:
          - { id: book, citation: An imaginary book, kind: academic }
        actors:
          - { id: USA, kind: state }
          - { id: ESP, kind: state }
          - { id: NLD, kind: state }
          - { id: JPN, kind: state }
          - { id: TUR, kind: state }
          - { id: POL, kind: state }
          - { id: AUS, kind: state }
          - { id: GBR, kind: state }
          - { id: ITA, kind: state }
        memberships:
          - actor: USA
            roles: [leader]
            joined: 2003-03-20
            contributions:
              - { kind: troops, amount: 150000, unit: personnel, measure: peak, date: 2003-04, sources: [book] }
              - { kind: troops, amount: 20000, unit: personnel, measure: snapshot, date: 2004-06, sources: [book] }
              - { kind: basing, description: Undated basing }
              - { kind: logistics, start: 2002-11, end: 2003-04 }
            justifications:
              - { kind: security, date: 2003-03, description: Weapons }
              - { kind: normative, date: 2004-01, description: Democracy }
              - { kind: alliance, description: Undated }
            changes:
              - { date: 2003-09, kind: reduced }
              - { date: 2004-02, kind: increased }
            casualties: { deaths: 100, as_of: 2003-12-31, sources: [book] }
            sources: [book]
          - actor: ESP
            roles: [troop-contributor]
            joined: 2003-04
            left: 2004-05
            exit: { reason: election, announced: 2004-04-18 }
            sources: [book]
          - { actor: NLD, roles: [political-supporter], joined: 2003-01, left: 2003-02, sources: [book] }
          - { actor: JPN, roles: [troop-contributor], joined: 2004-01, sources: [book] }
          - { actor: TUR, roles: [courted], sources: [book] }
          - { actor: POL, roles: [troop-contributor], joined: 2003, left: 2003-03, sources: [book] }
          - { actor: AUS, roles: [troop-contributor], left: 2003-07, sources: [book] }
          - actor: GBR
            roles: [co-leader]
            joined: 2003-03
            exit: { reason: cost, announced: 2004-03 }
            sources: [book]
          - actor: ITA
            roles: [troop-contributor]
            joined: 2003-04
            exit: { reason: other, description: Left at a time no source gives }
            sources: [book]
        inducements:
          - { from: USA, to: TUR, kind: side-payment, direction: inducement, date: 2003-02, sources: [book] }
          - { from: USA, to_list: invited, kind: diplomatic-pressure, direction: pressure, date: 2003-05, sources: [book] }
          - { from: USA, to: POL, kind: aid, direction: inducement, sources: [book] }
        ties:
          - { from: USA, to: GBR, kind: coordination, start: 2003-01, sources: [book] }
          - { from: USA, to: ESP, kind: coordination, start: 2002-10, end: 2003-06, sources: [book] }
          - { from: GBR, to: ESP, kind: coordination, sources: [book] }
        events:
          - { id: speech, kind: other, date: 2002-09-12, sources: [book] }
          - { id: invasion, kind: launch, date: 2003-03-20, sources: [book] }
          - { id: summit, kind: meeting, date: 2003-02-25, end_date: 2003-03-02, sources: [book] }
        lists:
          - id: willing
            name: Coalition of the willing
            kind: membership
            published: 2003-03-21
            entries: [USA, { actor: JPN, added: 2004-02 }]
            sources: [book]
          - { id: letter, name: Letter, kind: support, published: 2003-01-30, entries: [ESP], sources: [book] }
          - { id: invited, name: Invited, kind: membership, published: 2002-10, entries: [TUR, POL], sources: [book] }
          - { id: undated-list, name: Undated, kind: good, entries: [ITA], sources: [book] }
        bodies:
          - { id: council, name: Council, kind: state-only, established: 2003-05, sources: [book] }
          - { id: old-body, name: Old body, kind: state-only, established: 2002-01, ended: 2002-12, sources: [book] }
          - { id: forum, name: Forum, kind: state-only, sources: [book] }
        series:
          - id: troops
            measure: troops
            points:
              - { date: 2002, value: 0, sources: [book] }
              - { date: 2003, value: 150000, sources: [book] }
              - { date: 2004, value: 130000, sources: [book] }
            sources: [book]
          - { id: late, measure: troops, points: [{ date: 2005, value: 10, sources: [book] }], sources: [book] }
        """;

    private static readonly Lazy<Coalition> Case = new(() =>
    {
        var result = CaseFileReader.Read("slice.yaml", Text);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Coalition!;
    });

    private static PeriodSlice Slice(string period) =>
        CasePeriods.Slice(Case.Value, Case.Value.PeriodOf(new ItemId(period)) ?? throw new InvalidOperationException(period));

    private static Membership? Member(PeriodSlice slice, string actor) => slice.Coalition.MembershipOf(new ActorId(actor));

    private static Membership Present(PeriodSlice slice, string actor) => Member(slice, actor) ?? throw new InvalidOperationException($"{actor} is not in {slice.Period.Id}");

    private static string[] Actors(PeriodSlice slice) => [.. slice.Coalition.Memberships.Select(m => m.Actor.Value)];

    // ---- memberships ----------------------------------------------------------------------------

    [Fact]
    public void Slice_MemberWhoLeftBeforeThePeriod_IsAbsent()
    {
        var slice = Slice("y2003");

        Assert.Null(Member(slice, "NLD"));
        Assert.Contains("memberships[2]", slice.Dropped);
    }

    [Fact]
    public void Slice_MemberWhoJoinedAfterThePeriod_IsAbsent()
    {
        Assert.Null(Member(Slice("y2003"), "JPN"));
        Assert.NotNull(Member(Slice("h1-2004"), "JPN"));
    }

    [Fact]
    public void Slice_MemberWithoutJoined_CountsFromTheCasesStart()
    {
        // AUS: no joined, left 2003-07; so in from the case's start (2003-01) to July 2003.
        Assert.Equal(PartialDate.Parse("2003-07"), Present(Slice("y2003"), "AUS").Left);
        Assert.Null(Member(Slice("h1-2004"), "AUS"));
    }

    [Fact]
    public void Slice_MembershipWithVagueDates_KeptWhenItsDaysMayOverlap()
    {
        // POL: joined 2003, left 2003-03; the period starts 2003-03 (its first day, 1 March), so they share March.
        var pol = Present(Slice("y2003"), "POL");

        Assert.Equal(PartialDate.Parse("2003-03"), pol.Left);
    }

    [Fact]
    public void Slice_MembershipWithoutDates_KeptInEveryPeriodAndCountedUndated()
    {
        foreach (var period in Case.Value.Periods)
        {
            var slice = CasePeriods.Slice(Case.Value, period);
            Assert.NotNull(Member(slice, "TUR"));
            Assert.Contains("memberships[4]", slice.UndatedKept);
        }
    }

    [Fact]
    public void Slice_JoinedBeforeThePeriod_KeptAsWritten()
    {
        Assert.Equal(PartialDate.Parse("2003-04"), Present(Slice("h1-2004"), "ESP").Joined);
    }

    [Fact]
    public void Slice_LeftAfterThePeriodsEnd_IsClearedAndTheExitDropped()
    {
        var slice = Slice("y2003");

        var esp = Present(slice, "ESP");
        Assert.Null(esp.Left);
        Assert.Null(esp.Exit);
        Assert.Equal(["memberships[1]"], slice.LeftCleared.ToArray());
        Assert.Contains("memberships[1].exit", slice.Dropped);
    }

    [Fact]
    public void Slice_LeftWithinThePeriod_KeptWithItsExit()
    {
        var slice = Slice("h1-2004");

        var esp = Present(slice, "ESP");
        Assert.Equal(PartialDate.Parse("2004-05"), esp.Left);
        Assert.Equal(ExitReason.Election, esp.Exit!.Reason);
        Assert.Empty(slice.LeftCleared);
    }

    [Fact]
    public void Slice_ExitWithoutLeftAnnouncedAfterThePeriod_Dropped()
    {
        var slice = Slice("y2003");

        Assert.Null(Present(slice, "GBR").Exit);
        Assert.Contains("memberships[7].exit", slice.Dropped);
        Assert.DoesNotContain("memberships[7]", slice.LeftCleared);
        Assert.NotNull(Present(Slice("h1-2004"), "GBR").Exit);
    }

    [Fact]
    public void Slice_UndatedExit_KeptAndCounted()
    {
        var slice = Slice("y2003");

        Assert.Equal(ExitReason.Other, Present(slice, "ITA").Exit!.Reason);
        Assert.Contains("memberships[8].exit", slice.UndatedKept);
    }

    // ---- a membership's nested facts ------------------------------------------------------------

    [Fact]
    public void Slice_ContributionDatedOutside_Dropped()
    {
        var slice = Slice("y2003");

        var usa = Present(slice, "USA");
        Assert.DoesNotContain(usa.Contributions, k => k.Amount == 20000);
        Assert.Contains("memberships[0].contributions[1]", slice.Dropped);
    }

    [Fact]
    public void Slice_ContributionDatedWithin_Kept()
    {
        Assert.Contains(Present(Slice("y2003"), "USA").Contributions, k => k.Amount == 150000);
        Assert.DoesNotContain(Present(Slice("h1-2004"), "USA").Contributions, k => k.Amount == 150000);
    }

    [Fact]
    public void Slice_UndatedContribution_KeptAndCounted()
    {
        var slice = Slice("y2003");

        Assert.Contains(Present(slice, "USA").Contributions, k => k.Kind == ContributionKind.Basing);
        Assert.Contains("memberships[0].contributions[2]", slice.UndatedKept);
        Assert.DoesNotContain("memberships[0].contributions[0]", slice.UndatedKept);
    }

    [Fact]
    public void Slice_ContributionWhoseSpanOverlaps_Kept()
    {
        // logistics from 2002-11 to 2003-04: begins before the period, ends within it.
        Assert.Contains(Present(Slice("y2003"), "USA").Contributions, k => k.Kind == ContributionKind.Logistics);
        Assert.DoesNotContain(Present(Slice("h1-2004"), "USA").Contributions, k => k.Kind == ContributionKind.Logistics);
    }

    [Fact]
    public void Slice_Justifications_KeptWhenDatedWithinOrUndated()
    {
        var slice = Slice("y2003");

        Assert.Equal([JustificationKind.Security, JustificationKind.Alliance], Present(slice, "USA").Justifications.Select(j => j.Kind).ToArray());
        Assert.Contains("memberships[0].justifications[2]", slice.UndatedKept);
        Assert.Contains("memberships[0].justifications[1]", slice.Dropped);
    }

    [Fact]
    public void Slice_Changes_KeptWhenDatedWithin()
    {
        Assert.Equal([ChangeKind.Reduced], Present(Slice("y2003"), "USA").Changes.Select(ch => ch.Kind).ToArray());
        Assert.Equal([ChangeKind.Increased], Present(Slice("h1-2004"), "USA").Changes.Select(ch => ch.Kind).ToArray());
    }

    [Fact]
    public void Slice_Casualties_KeptWhenTheirAsOfIsWithin()
    {
        Assert.Equal(100, Present(Slice("y2003"), "USA").Casualties!.Deaths);
        var later = Slice("h1-2004");
        Assert.Null(Present(later, "USA").Casualties);
        Assert.Contains("memberships[0].casualties", later.Dropped);
    }

    // ---- the coalition's other facts ------------------------------------------------------------

    [Fact]
    public void Slice_Inducements_KeptWhenDatedWithinOrUndated()
    {
        var slice = Slice("y2003");

        Assert.Equal([InducementKind.DiplomaticPressure, InducementKind.Aid], slice.Coalition.Inducements.Select(i => i.Kind).ToArray());
        Assert.Contains("inducements[0]", slice.Dropped);
        Assert.Contains("inducements[2]", slice.UndatedKept);
    }

    [Fact]
    public void Slice_TieWithOnlyAStart_IsDatedAtThatDay()
    {
        var slice = Slice("y2003");

        // USA-GBR starts 2003-01 and gives no end: evidence of January, not of the months after.
        Assert.DoesNotContain(slice.Coalition.Ties, t => t.To == new ActorId("GBR"));
        Assert.Contains("ties[0]", slice.Dropped);
    }

    [Fact]
    public void Slice_TieWhoseSpanOverlaps_KeptAndUndatedTieCounted()
    {
        var slice = Slice("y2003");

        Assert.Equal([("USA", "ESP"), ("GBR", "ESP")], slice.Coalition.Ties.Select(t => (t.From.Value, t.To.Value)).ToArray());
        Assert.Contains("ties[2]", slice.UndatedKept);
    }

    [Fact]
    public void Slice_Events_KeptWhenTheirDaysOverlap()
    {
        var slice = Slice("y2003");

        // The summit ran from 25 February to 2 March 2003, so it reaches into the period.
        Assert.Equal(["invasion", "summit"], slice.Coalition.Events.Select(e => e.Id.Value).ToArray());
        Assert.Contains("events[0]", slice.Dropped);
    }

    [Fact]
    public void Slice_EventNamedByAWholeCaseFact_MayFallOutside()
    {
        var slice = Slice("y2003");

        Assert.Equal(new ItemId("speech"), slice.Coalition.Trigger.Event);
        Assert.Null(slice.Coalition.Event(new ItemId("speech")));
    }

    [Fact]
    public void Slice_Lists_KeptWhenDatedWithinOrUndated_EntriesAddedAfterTheEndDropped()
    {
        var slice = Slice("y2003");

        Assert.Equal(["willing", "invited", "undated-list"], slice.Coalition.Lists.Select(l => l.Id.Value).ToArray());
        Assert.Contains("lists[1]", slice.Dropped);
        Assert.Contains("lists[3]", slice.UndatedKept);
        Assert.Equal(["USA"], slice.Coalition.Lists[0].Entries.Select(e => e.Actor.Value).ToArray());
        Assert.Contains("lists[0].entries[1]", slice.Dropped);
        Assert.Equal(["USA", "JPN"], Slice("h1-2004").Coalition.Lists.Single(l => l.Id.Value == "willing").Entries.Select(e => e.Actor.Value).ToArray());
    }

    [Fact]
    public void Slice_ListAimedAtByAKeptInducement_KeptSoItsTargetsResolve()
    {
        var slice = Slice("y2003");

        // 'invited' was published in 2002-10, before the period, but the letter of 2003-05 was aimed at it.
        var letter = slice.Coalition.Inducements.Single(i => i.ToList is not null);
        Assert.Equal(["TUR", "POL"], slice.Coalition.TargetsOf(letter).Select(a => a.Value).ToArray());
        Assert.DoesNotContain(Slice("h1-2004").Coalition.Lists, l => l.Id.Value == "invited");
    }

    [Fact]
    public void Slice_Bodies_KeptWhileStandingOrUndated()
    {
        var slice = Slice("y2003");

        Assert.Equal(["council", "forum"], slice.Coalition.Bodies.Select(b => b.Id.Value).ToArray());
        Assert.Contains("bodies[1]", slice.Dropped);
        Assert.Contains("bodies[2]", slice.UndatedKept);
        Assert.Contains(Slice("from-2005").Coalition.Bodies, b => b.Id.Value == "council"); // established 2003-05, never ended
    }

    [Fact]
    public void Slice_SeriesPoints_KeptWhenDatedWithin_SeriesWithoutPointsDropped()
    {
        var slice = Slice("y2003");

        var troops = Assert.Single(slice.Coalition.Series);
        Assert.Equal([150000m], troops.Points.Select(p => p.Value).ToArray());
        Assert.Contains("series[0].points[0]", slice.Dropped);
        Assert.Contains("series[1]", slice.Dropped);
        Assert.Equal(["late"], Slice("from-2005").Coalition.Series.Select(s => s.Id.Value).ToArray());
    }

    // ---- the period itself and what does not change ---------------------------------------------

    [Fact]
    public void Slice_Period_IsThePeriodsStartAndEnd()
    {
        var slice = Slice("y2003");

        Assert.Equal((PartialDate.Parse("2003-03"), PartialDate.Parse("2003-12")), (slice.Coalition.Period.Start, slice.Coalition.Period.End));
        Assert.Same(slice.Period.Provenance, slice.Coalition.Period.Provenance);
        Assert.Empty(slice.Coalition.Periods);
    }

    [Fact]
    public void Slice_OpenPeriod_EndsWithTheCase()
    {
        var slice = Slice("from-2005");

        Assert.Equal((PartialDate.Parse("2005"), PartialDate.Parse("2005-12")), (slice.Coalition.Period.Start, slice.Coalition.Period.End));
        Assert.Equal((new DateOnly(2005, 1, 1), (DateOnly?)new DateOnly(2005, 12, 31)), CasePeriods.Days(Case.Value, slice.Period));
    }

    [Fact]
    public void Slice_VaguePeriod_UsesItsEarliestAndLatestDays()
    {
        // spring 2003 is 1 March to 31 May.
        var slice = Slice("spring");

        var usa = Present(slice, "USA");
        Assert.Contains(usa.Contributions, k => k.Amount == 150000);   // 2003-04
        Assert.Empty(usa.Changes);                                        // 2003-09
        Assert.Null(usa.Casualties);                                      // as of 2003-12-31
        Assert.Equal([150000m], slice.Coalition.Series.Single().Points.Select(p => p.Value).ToArray()); // 2003 overlaps spring
        Assert.Contains(slice.Coalition.Bodies, b => b.Id.Value == "council"); // established 2003-05
        Assert.Null(Present(slice, "ESP").Left);                          // left 2004-05
    }

    [Fact]
    public void Slice_WholeCaseFacts_Unchanged()
    {
        var c = Case.Value;
        var sliced = Slice("h1-2004").Coalition;

        Assert.Same(c.Trigger, sliced.Trigger);
        Assert.Same(c.Institutions, sliced.Institutions);
        Assert.Same(c.IssueArea, sliced.IssueArea);
        Assert.Equal(c.Sources, sliced.Sources);
        Assert.Equal(c.Actors, sliced.Actors);
        Assert.Equal(c.Antecedents, sliced.Antecedents);
        Assert.Equal((c.Id, c.Name, c.Summary), (sliced.Id, sliced.Name, sliced.Summary));
    }

    [Fact]
    public void Slice_UndatedKept_ListsEveryUndatedFactOnce()
    {
        var slice = Slice("y2003");

        string[] expected =
        [
            "bodies[2]", "inducements[2]", "lists[3]", "memberships[0].contributions[2]", "memberships[0].justifications[2]",
            "memberships[4]", "memberships[8].exit", "ties[2]",
        ];
        Assert.Equal(expected, slice.UndatedKept.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(8, slice.UndatedCount);
    }

    [Fact]
    public void Slice_MembersInEachPeriod()
    {
        Assert.Equal(["USA", "ESP", "TUR", "POL", "AUS", "GBR", "ITA"], Actors(Slice("y2003")));
        Assert.Equal(["USA", "ESP", "JPN", "TUR", "GBR", "ITA"], Actors(Slice("h1-2004")));
        Assert.Equal(["USA", "JPN", "TUR", "GBR", "ITA"], Actors(Slice("from-2005")));
    }

    [Fact]
    public void CoalitionSlice_IsTheSlicesCoalition()
    {
        var period = Case.Value.Periods[0];

        Assert.Equal(CanonicalJson.Of(CasePeriods.Slice(Case.Value, period).Coalition), CanonicalJson.Of(Case.Value.Slice(period)));
    }

    [Fact]
    public void Slice_DoesNotChangeTheOriginal()
    {
        string before = CanonicalJson.Of(Case.Value);

        _ = Slice("y2003");

        Assert.Equal(before, CanonicalJson.Of(Case.Value));
        Assert.Equal(4, Case.Value.Periods.Length);
    }
}
