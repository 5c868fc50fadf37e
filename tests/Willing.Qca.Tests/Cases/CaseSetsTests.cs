using Willing.Core.Reading;
using Willing.Qca.Cases;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;
using Willing.Typology.Sets;

namespace Willing.Qca.Tests.Cases;

public class CaseSetsTests
{
    private static readonly Willing.Core.Model.Coalition Synthetic = CaseText.ReadValid(LifecycleCase.Text);

    private static double Value(SetTable t, string set, string label) => t[set].Values[t.Cases.IndexOf(label)];

    [Fact]
    public void Members_are_the_troop_contributors_without_the_leader()
    {
        var t = MemberSets.Of(Synthetic);
        Assert.Equal(["POL", "ESP", "PHL", "HND", "NZL"], t.Cases.ToArray());
        Assert.All(t.Columns, c => Assert.Equal(t.Cases.Length, c.Values.Length));
    }

    [Theory]
    // ESP: election with a change of government, no deaths, 1,300 troops, no payment, left after its election.
    [InlineData("ESP", 1, 1, 0, 1)]
    // HND: a threat is pressure, not a payment; it followed others out (unilateral).
    [InlineData("HND", 0, 0, 0, 1)]
    // NZL: the mission was completed as planned: a scheduled exit, not early.
    [InlineData("NZL", 0, 0, 0, 0)]
    // PHL: left after a hostage crisis.
    [InlineData("PHL", 0, 0, 0, 1)]
    // POL: its election (2005-09) falls after the case's end (2005-02); paid in 2003-06; stayed.
    [InlineData("POL", 0, 0, 1, 0)]
    public void Crisp_member_sets_follow_the_dated_facts(string member, double election, double change, double payments, double early)
    {
        var t = MemberSets.Of(Synthetic);
        Assert.Equal(election, Value(t, "ELECTION", member));
        Assert.Equal(change, Value(t, "GOVCHANGE", member));
        Assert.Equal(payments, Value(t, "PAYMENTS", member));
        Assert.Equal(early, Value(t, "EARLY", member));
    }

    [Fact]
    public void Fuzzy_member_sets_are_calibrated_with_the_stated_anchors()
    {
        var t = MemberSets.Of(Synthetic);
        // POL lost 3 (2 + 1 in dated events): below the crossover of 4.5.
        Assert.Equal(DirectCalibration.Calibrate(3, MemberSets.CasualtyAnchors), Value(t, "CASUALTIES", "POL"), 12);
        Assert.True(Value(t, "CASUALTIES", "POL") < 0.5);
        Assert.Equal(DirectCalibration.Calibrate(0, MemberSets.CasualtyAnchors), Value(t, "CASUALTIES", "ESP"), 12);
        Assert.Equal(DirectCalibration.Calibrate(1300, MemberSets.TroopAnchors), Value(t, "TROOPS", "ESP"), 12);
        Assert.True(Value(t, "TROOPS", "ESP") > 0.5);
        Assert.True(Value(t, "TROOPS", "NZL") < 0.1);
        Assert.Contains(t.Notes, n => n.Contains("no deaths recorded", StringComparison.Ordinal) && n.Contains("ESP", StringComparison.Ordinal));
    }

    [Fact]
    public void Leaving_counts_unilateral_exits_of_the_first_two_years_against_the_members_present()
    {
        // ESP, HND and PHL left unilaterally within 24 months; NZL's exit was scheduled; five partners: 3 >= 5/3.
        Assert.Equal(1, CoalitionSets.Leaving(Synthetic, []));
        var fewer = CaseText.ReadValid(LifecycleCase.Text
            .Replace("exit: { reason: following-others, announced: 2004-04-20, sources: [book] }", "exit: { reason: mission-completed, sources: [book] }", StringComparison.Ordinal)
            .Replace("exit: { reason: hostage-crisis, event: phl-hostage, sources: [book] }", "exit: { reason: mission-completed, sources: [book] }", StringComparison.Ordinal));
        // Only ESP is left: 1 < 5/3.
        Assert.Equal(0, CoalitionSets.Leaving(fewer, []));
    }

    [Fact]
    public void Treaty_is_unknown_without_a_signature_and_measured_from_it()
    {
        Assert.True(double.IsNaN(CoalitionSets.Treaty(Synthetic, [])));
        string events = "events:\n";
        string quick = LifecycleCase.Text.Replace("institutions: { relation: none, sources: [book] }", "institutions: { relation: outside-standing-forum, sources: [book] }", StringComparison.Ordinal).Replace(events, events
            + "  - { id: sig, kind: signature, date: 2003-12-03, sources: [book] }\n"
            + "  - { id: eif, kind: entry-into-force, date: 2005-12-01, sources: [book] }\n", StringComparison.Ordinal);
        Assert.Equal(1, CoalitionSets.Treaty(CaseText.ReadValid(quick), []));
        string slow = quick.Replace("date: 2005-12-01", "date: 2005-12-05", StringComparison.Ordinal);
        Assert.Equal(0, CoalitionSets.Treaty(CaseText.ReadValid(slow), []));
        // Outside treaty-making (a military coalition's agreements) there is no treaty to bring into force.
        string military = quick.Replace("relation: outside-standing-forum", "relation: none", StringComparison.Ordinal);
        Assert.True(double.IsNaN(CoalitionSets.Treaty(CaseText.ReadValid(military), [])));
    }

    [Fact]
    public void The_case_base_table_carries_the_typology_scores_unchanged()
    {
        var cases = CaseBase.LoadBuiltIn().CaseBase!.Coalitions.ToList();
        var codebook = CodebookReader.BuiltIn();
        var engine = new TypologyEngine(codebook);
        var t = CoalitionSets.Of(cases, engine, codebook.Convention);
        Assert.Equal(cases.Count, t.Cases.Length);
        var iraq = cases.Single(c => c.Id.Value == "iraq-2003");
        var scored = engine.Classify(iraq);
        Assert.Equal(scored[Willing.Typology.Axis.Organization].Membership!.Value, Value(t, "H", "iraq-2003"));
        Assert.Equal(1, Value(t, "TREATY", "landmines-ottawa"));
        Assert.True(double.IsNaN(Value(t, "TREATY", "alba-1997")), "a military coalition has no treaty to bring into force");
        Assert.True(double.IsNaN(Value(t, "TREATY", "iraq-2003")));
        Assert.All(t.Columns.SelectMany(c => c.Values), v => Assert.True(double.IsNaN(v) || v is >= 0 and <= 1));
    }
}
