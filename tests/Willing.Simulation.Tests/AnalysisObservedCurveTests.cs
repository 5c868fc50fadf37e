using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Core.Reading.Yaml;
using Willing.Lifecycle.Cases;
using Willing.Simulation.Analysis;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Tests;

public class AnalysisObservedCurveTests
{
    private static readonly CaseBase Cases = CaseBase.LoadBuiltIn().CaseBase!;

    private static ScenarioTarget Target(string @case, string? series, string? curve, ScenarioMonth? until = null) =>
        new(new CoalitionId(@case), series, curve, "members", until, new YamlPosition(1, 1), "calibration.target");

    [Fact]
    public void Series_YearOnlyPointsFallInDecember_AndPointsBeyondTheHorizonAreDroppedAndNoted()
    {
        // landmines-ottawa states-parties-by-year: 1997 … 2005 are counts by the end of the year, 2006-07 is July.
        var c = ObservedCurves.From(Cases, Target("landmines-ottawa", "states-parties-by-year", null), new ScenarioMonth(1997, 12), 100);
        Assert.Equal("landmines-ottawa: states-parties-by-year", c.Label);
        Assert.Equal(new ObservedPoint(0, new ScenarioMonth(1997, 12), 3), c.Points[0]);
        Assert.Equal(new ObservedPoint(12, new ScenarioMonth(1998, 12), 58), c.Points[1]);
        Assert.Equal(96, c.Points[^1].Step);
        Assert.Equal(9, c.Points.Length);
        Assert.Contains("monitor-2006", c.Sources);
        Assert.Contains(c.Notes, n => n.Contains("after step 100", StringComparison.Ordinal));
    }

    [Fact]
    public void Series_PointsBeforeTheStartOrAfterUntil_AreDroppedAndNoted()
    {
        var c = ObservedCurves.From(Cases, Target("landmines-ottawa", "states-parties-by-year", null, new ScenarioMonth(2002, 12)), new ScenarioMonth(1998, 1), 200);
        Assert.Equal(new ScenarioMonth(1998, 12), c.Points[0].Month);
        Assert.Equal(11, c.Points[0].Step);
        Assert.Equal(new ScenarioMonth(2002, 12), c.Points[^1].Month);
        Assert.Contains(c.Notes, n => n.Contains("before the scenario's start", StringComparison.Ordinal));
        Assert.Contains(c.Notes, n => n.Contains("after 2002-12", StringComparison.Ordinal));
    }

    [Fact]
    public void TimelineMembers_TheTimelinesMonthsOnTheScenariosClock()
    {
        var iraq = Cases.Find("iraq-2003")!;
        var timeline = Timeline.Of(iraq);
        var c = ObservedCurves.From(Cases, Target("iraq-2003", null, "members"), new ScenarioMonth(2003, 1), 24);
        // The timeline's month 0 is March 2003, two months after the scenario's start.
        Assert.Equal(new ObservedPoint(2, new ScenarioMonth(2003, 3), timeline.Months[0].Members), c.Points[0]);
        Assert.Equal(23, c.Points.Length); // steps 2 … 24
        Assert.Equal(timeline.Months[22].Members, c.Points[^1].Value);
        Assert.NotEmpty(c.Sources);
        var troops = ObservedCurves.From(Cases, Target("iraq-2003", null, "troops"), new ScenarioMonth(2003, 3), 12);
        Assert.Equal((double)timeline.Months[5].Troops, troops.Points[5].Value);
    }

    [Fact]
    public void UnknownCaseSeriesOrCurve_AreErrorsThatSaySo()
    {
        var start = new ScenarioMonth(2000, 1);
        Assert.Contains("not in the case base", Assert.Throws<ArgumentException>(() => ObservedCurves.From(Cases, Target("no-such-case", "x", null), start, 10)).Message, StringComparison.Ordinal);
        Assert.Contains("states-parties-by-year", Assert.Throws<ArgumentException>(() => ObservedCurves.From(Cases, Target("landmines-ottawa", "nope", null), start, 10)).Message, StringComparison.Ordinal);
        Assert.Contains("troop-contributors", Assert.Throws<ArgumentException>(() => ObservedCurves.From(Cases, Target("iraq-2003", null, "ships"), start, 10)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ObservedCurves.From(Cases, Target("iraq-2003", "x", "members"), start, 10));
    }
}
