using System.Xml.Linq;
using Willing.Core.Model;
using Willing.Lifecycle.Cases;
using Willing.Reports.Charts;
using static Willing.Reports.Tests.Charts.SvgGeometry;

namespace Willing.Reports.Tests.Charts;

public sealed class TimelineChartTests
{
    private static Timeline Synthetic => LifecycleTimelines.Synthetic;

    private static Timeline Iraq => LifecycleTimelines.Iraq;

    private static List<XElement> Rows(string svg) => Classed(svg, "g", "timeline-row");

    private static List<XElement> Exits(string svg) => Classed(svg, "path", "timeline-exit");

    private static List<XElement> Triggers(string svg) => Classed(svg, "g", "timeline-trigger");

    private static string A(XElement e, string name) => (string?)e.Attribute(name) ?? string.Empty;

    [Fact]
    public void ToSvg_Synthetic_OneRowPerMemberInOrderOfJoining_WithItsSpanRoleAndExit()
    {
        string svg = new TimelineChart(Synthetic).ToSvg();

        var rows = Rows(svg);
        Assert.Equal(["POL", "USA", "ESP", "PHL", "HND", "NZL"], rows.Select(r => A(r, "data-actor")));
        Assert.Equal(["0", "1", "2", "3", "4", "5"], rows.Select(r => A(r, "data-row")));
        Assert.All(rows, r => Assert.Single(r.Elements(Svg + "rect"), e => A(e, "class") == "timeline-bar"));
        var esp = rows.Single(r => A(r, "data-actor") == "ESP");
        Assert.Equal(("troop-contributor", "2003-04", "2004-05", "unilateral", "election"), (A(esp, "data-role"), A(esp, "data-start"), A(esp, "data-end"), A(esp, "data-exit-kind"), A(esp, "data-reason")));
        var usa = rows.Single(r => A(r, "data-actor") == "USA");
        Assert.Equal(("leader", string.Empty, string.Empty), (A(usa, "data-role"), A(usa, "data-end"), A(usa, "data-exit-kind")));
        Assert.Equal("scheduled", A(rows.Single(r => A(r, "data-actor") == "NZL"), "data-exit-kind"));
    }

    [Fact]
    public void ToSvg_Synthetic_AnExitMarkPerLeaving_StyledByKind_WithTheReasonInItsTooltip()
    {
        string svg = new TimelineChart(Synthetic).ToSvg();

        var exits = Exits(svg);
        Assert.Equal(["ESP", "PHL", "HND", "NZL"], exits.Select(e => A(e.Parent!, "data-actor")));
        Assert.Equal(["unilateral", "unilateral", "unilateral", "scheduled"], exits.Select(e => A(e, "data-exit-kind")));
        Assert.Equal(["election", "hostage-crisis", "following-others", "mission-completed"], exits.Select(e => A(e, "data-reason")));
        Assert.Equal("#d55e00", A(exits[0], "fill"));
        Assert.Equal("#ffffff", A(exits[3], "fill"));
        Assert.Contains("ESP left 2004-05: election (unilateral), announced 2004-04-18, set off by esp-election", exits[0].Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains("mission completed (scheduled)", exits[3].Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_Synthetic_TriggersOnTheirMembersRows_TheOneAnExitNamesSaysWhose()
    {
        string svg = new TimelineChart(Synthetic).ToSvg();

        var triggers = Triggers(svg);
        Assert.Equal(["pol-loss-1", "pol-loss-2", "esp-election", "phl-hostage"], triggers.Select(t => A(t, "data-event")));
        Assert.All(triggers, t => Assert.Contains("on-row", A(t, "class").Split(' ')));
        Assert.Equal(["casualties", "casualties", "election", "hostage-crisis"], triggers.Select(t => A(t, "data-kind")));
        Assert.Equal(["POL", "POL", "ESP", "PHL"], triggers.Select(t => A(t, "data-actor")));
        Assert.Equal(["", "", "ESP", "PHL"], triggers.Select(t => A(t, "data-exits")));
        Assert.Equal("2004-03", A(triggers[2], "data-month"));
        Assert.DoesNotContain(triggers, t => A(t, "class").Split(' ').Contains("outside"));
    }

    [Fact]
    public void ToSvg_BarsSitOnTheirRowsTicks_AndRunFromTheJoiningMonthsTick()
    {
        var chart = new TimelineChart(Synthetic);
        string svg = chart.ToSvg();

        // ScottPlot writes the row names and month labels; the overlay must put the bars where those ticks are.
        foreach (var (actor, label) in (ReadOnlySpan<(string, string)>)[("ESP", "Spain"), ("POL", "Poland"), ("NZL", "New Zealand")])
        {
            var bar = Rows(svg).Single(r => A(r, "data-actor") == actor).Element(Svg + "rect")!;
            Assert.Equal(YTick(svg, label).Y, Number(bar, "y") + (Number(bar, "height") / 2), 0.6);
        }

        var spain = Rows(svg).Single(r => A(r, "data-actor") == "ESP").Element(Svg + "rect")!;
        Assert.Equal(XTick(svg, "2003-04").X, Number(spain, "x"), 0.6);
    }

    [Fact]
    public void Constructor_Subset_DrawsOnlyThoseMembersAndTheirEvents()
    {
        var contributors = new TimelineChart(Synthetic, TimelineChart.TroopContributorsWithoutLeaders);
        var two = new TimelineChart(Synthetic, [new ActorId("NZL"), new ActorId("ESP")]);

        Assert.Equal(["POL", "ESP", "PHL", "HND", "NZL"], Rows(contributors.ToSvg()).Select(r => A(r, "data-actor")));
        Assert.Equal(["ESP", "NZL"], Rows(two.ToSvg()).Select(r => A(r, "data-actor")));
        Assert.Equal(["esp-election"], Triggers(two.ToSvg()).Select(t => A(t, "data-event")));
        Assert.True(two.Height < contributors.Height);
        Assert.True(contributors.Height < new TimelineChart(Iraq).Height);
    }

    [Fact]
    public void Constructor_NothingToDraw_OrAStranger_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TimelineChart(Synthetic, m => false));
        Assert.Throws<ArgumentException>(() => new TimelineChart(Synthetic, [new ActorId("FRA")]));
        Assert.Throws<ArgumentException>(() => new TimelineChart(Synthetic, Array.Empty<ActorId>()));
    }

    [Fact]
    public void ToSvg_Iraq_EveryMemberEveryExitAndEveryTrigger()
    {
        var chart = new TimelineChart(Iraq);
        string svg = chart.ToSvg();

        Assert.Equal(Iraq.Members.Length, Rows(svg).Count);
        Assert.True(Rows(svg).Count >= 50);
        Assert.Equal(Iraq.Exits.Count(e => e.Kind != ExitKind.NotAnExit), Exits(svg).Count);
        Assert.Equal(Iraq.Exits.Count(e => e.Kind == ExitKind.Unilateral), Exits(svg).Count(e => A(e, "data-exit-kind") == "unilateral"));
        Assert.Equal(Iraq.Exits.Count(e => e.Kind is null), Exits(svg).Count(e => A(e, "data-exit-kind") == "unrecorded"));
        Assert.Equal(Iraq.Triggers.Length, Triggers(svg).Count);

        // The mandate's expiry has no member of its own: a line, named above the rows, listing the exits it set off.
        var mandate = Triggers(svg).Single(t => A(t, "data-event") == "mnf-mandate-expiry-2008");
        Assert.Contains("line", A(mandate, "class").Split(' '));
        Assert.Contains("KOR", A(mandate, "data-exits").Split(' '));
        Assert.Equal("Expiry of the UN mandate for the multinational force", mandate.Element(Svg + "text")!.Value);

        var spain = Rows(svg).Single(r => A(r, "data-actor") == "ESP").Element(Svg + "rect")!;
        Assert.Equal(YTick(svg, "Spain").Y, Number(spain, "y") + (Number(spain, "height") / 2), 0.6);

        // Armenia's elections of 2003 came before it joined (2005): drawn, but faded.
        Assert.Contains("outside", A(Triggers(svg).Single(t => A(t, "data-event") == "cov-election-arm-2003-05-25"), "class").Split(' '));
    }

    [Fact]
    public void ToSvg_SubsetWithoutTheEventsMember_DrawsTheEventAsALine()
    {
        // Spain's withdrawal order set off the exits of the Dominican Republic and Honduras; Spain is not drawn.
        string svg = new TimelineChart(Iraq, [new ActorId("DOM"), new ActorId("HND")]).ToSvg();

        var order = Assert.Single(Triggers(svg), t => A(t, "data-event") == "esp-withdrawal-order-2004");
        Assert.Contains("line", A(order, "class").Split(' '));
        Assert.Equal("DOM HND", A(order, "data-exits"));
    }

    [Fact]
    public void ToSvg_HasTitleAndDescription_AndIsTheSameEveryTime()
    {
        string one = new TimelineChart(Iraq).ToSvg();

        Assert.Equal(one, new TimelineChart(Iraq).ToSvg());
        var doc = XDocument.Parse(one);
        Assert.Equal("iraq-2003: memberships, exits and their triggers", doc.Root!.Element(Svg + "title")!.Value);
        string desc = doc.Root.Element(Svg + "desc")!.Value;
        Assert.Contains($"A Gantt chart of {Iraq.Members.Length} members of iraq-2003 from 2003-03 to 2011-12", desc, StringComparison.Ordinal);
        Assert.Contains("ESP 2004-05 election", desc, StringComparison.Ordinal);
        Assert.Contains("3 unilaterally", new TimelineChart(Synthetic).Description, StringComparison.Ordinal);
        Assert.Contains("Spain", Fixtures.SvgTexts(one));
    }

    [Fact]
    public void ToSvg_Ids_NamesTheRowsById()
    {
        var texts = Fixtures.SvgTexts(new TimelineChart(Synthetic, labels: TimelineLabels.Ids).ToSvg());

        Assert.Contains("ESP", texts);
        Assert.DoesNotContain("Spain", texts);
    }

    [Fact]
    public void ToPng_IsAPngOfTheChartsSize()
    {
        var chart = new TimelineChart(Iraq, TimelineChart.TroopContributorsWithoutLeaders);

        byte[] png = chart.ToPng();

        Assert.Equal((chart.Width, chart.Height), Fixtures.PngSize(png));
        Assert.True(png.Length > 10_000);
    }
}
