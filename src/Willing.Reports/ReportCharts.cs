using System.Collections.Immutable;
using Willing.Reports.Charts;
using Willing.Simulation.Analysis;
using Willing.Typology.Classification;

namespace Willing.Reports;

/// <summary>The charts of a report: the two typology maps, the comparisons, the lineage diagram, the coordination networks, one trajectory per case with periods, and one axis profile per case.</summary>
/// <param name="OrganizationMotivation">Organization (H) against motivation (C).</param>
/// <param name="ActornessTrigger">Actorness (S) against trigger (T).</param>
/// <param name="Comparisons">Cases compared side by side: the paper's lineage and its model-two pair when the case base holds them.</param>
/// <param name="LineageDiagram">Every antecedent link of the case base (<see cref="ReportData.Lineage"/>); null when no coalition names an antecedent.</param>
/// <param name="Profiles">One axis profile per case, in report order.</param>
public sealed record ReportCharts(
    TypologyMapChart OrganizationMotivation,
    TypologyMapChart ActornessTrigger,
    ImmutableArray<ComparisonChart> Comparisons,
    LineageChart? LineageDiagram,
    ImmutableArray<AxisProfileChart> Profiles)
{
    /// <summary>One trajectory per case that declares periods (<see cref="ReportData.Trajectories"/>), in the same order.</summary>
    public ImmutableArray<TrajectoryChart> Trajectories { get; init; } = [];

    /// <summary>The coordination networks drawn side by side (<see cref="NetworkCases"/>, those in the case base with links), in that order.</summary>
    public ImmutableArray<NetworkChart> Networks { get; init; } = [];

    /// <summary>For each case whose exits have a Cox model: its timeline of the partners, its cumulative exits and its retention curve.</summary>
    public ImmutableArray<(TimelineChart Timeline, CumulativeExitsChart Exits, RetentionChart Retention)> Lifecycles { get; init; } = [];

    /// <summary>The XY plot of each QCA study's first parsimonious solution against its outcome, by study id.</summary>
    public ImmutableArray<(string Study, XYPlotChart Chart)> Qca { get; init; } = [];

    /// <summary>The fan chart of each calibrated simulation and of each of its out-of-sample checks, by scenario id.</summary>
    public ImmutableArray<(string Scenario, FanChart Chart)> Simulations { get; init; } = [];

    /// <summary>The fan chart of a simulated ensemble on its scenario's clock, with the observed points when there are any.</summary>
    public static FanChart Fan(Willing.Simulation.Scenarios.Scenario scenario, FanChartData fan, ObservedCurve? observed, string title) => new(
        fan.Steps.Select(s => new FanChartStep(s.Step, s.Median, s.Low50, s.High50, s.Low80, s.High80, s.Low95, s.High95)),
        observed?.Points.Select(p => new FanChartObserved(p.Step, p.Value)) ?? [],
        new Willing.Lifecycle.Cases.MonthClock(scenario.Start.Year, scenario.Start.Month),
        $"fan-{scenario.Id}", title, fan.Reporter.Replace('_', ' '), observed is null ? "observed" : $"observed: {observed.Label}");

    /// <summary>The networks the report draws: Iraq 2003 (model one) against the landmines campaign (model two), then the small-arms campaign and the Human Security Network.</summary>
    public static readonly ImmutableArray<string> NetworkCases = ["iraq-2003", "landmines-ottawa", "small-arms", "human-security-network"];

    /// <summary>The seed of every network drawing in the report.</summary>
    public const int NetworkSeed = 1;

    /// <summary>Cooper's lineage of US-led coalitions, from the first Gulf War through Kosovo to Iraq.</summary>
    public static readonly ImmutableArray<string> Lineage = ["gulf-war-1991", "kosovo-1999", "iraq-2003"];

    /// <summary>The paper's two model-two cases: the Ottawa Process and the Rome Statute.</summary>
    public static readonly ImmutableArray<string> OttawaRome = ["landmines-ottawa", "icc-rome-statute"];

    /// <summary>Every chart, in report order (each name is unique).</summary>
    public IEnumerable<Chart> All => [OrganizationMotivation, ActornessTrigger, .. Comparisons, .. (LineageDiagram is null ? [] : (Chart[])[LineageDiagram]), .. Networks, .. Trajectories,
        .. Lifecycles.SelectMany(l => (Chart[])[l.Timeline, l.Exits, l.Retention]), .. Qca.Select(q => q.Chart), .. Simulations.Select(s => s.Chart), .. Profiles];

    /// <summary>The charts for a report's data.</summary>
    /// <remarks>
    /// A comparison is drawn when at least two of its cases are in the case base; a user's own case
    /// base without them gets one comparison of its first six cases instead. The lineage diagram is
    /// drawn when any coalition names an antecedent; a trajectory for every case that declares periods.
    /// The networks of <see cref="NetworkCases"/> are drawn when in the case base and linked; a case base
    /// holding none of them gets the two networks with the most links instead.
    /// </remarks>
    public static ReportCharts For(ReportData data)
    {
        var comparisons = ImmutableArray.CreateBuilder<ComparisonChart>();
        Add("comparison-lineage", "From the Gulf War through Kosovo to Iraq: the lineage of US-led coalitions", Lineage);
        Add("comparison-ottawa-rome", "Model two: the Ottawa Process against the Rome Statute", OttawaRome);
        if (comparisons.Count == 0 && data.Classifications.Length >= 2)
            comparisons.Add(new ComparisonChart("comparison-cases", "The cases side by side", data.Classifications.Take(6)));
        var lineage = data.Lineage;
        return new ReportCharts(
            TypologyMapChart.OrganizationMotivation(data.Classifications, data.Codebook),
            TypologyMapChart.ActornessTrigger(data.Classifications, data.Codebook),
            comparisons.ToImmutable(),
            lineage.IsEmpty ? null : new LineageChart(lineage),
            [.. data.Classifications.Select(c => new AxisProfileChart(c))])
        {
            Trajectories = [.. data.Trajectories.Where(t => !t.Periods.IsEmpty).Select(t => TrajectoryChart.For(t, data.Codebook.IndeterminacyBand))],
            Networks = [.. DrawnNetworks(data).Select(n => Network(data, n))],
            Lifecycles = [.. data.Lifecycles.Where(l => l.Cox is not null && l.Retention is not null).Select(l => (
                new TimelineChart(l.Timeline, TimelineChart.TroopContributorsWithoutLeaders),
                new CumulativeExitsChart(l.Timeline),
                new RetentionChart(RetentionCurves.Of(l.Retention!, 0), $"retention-{l.Case}", $"{l.Case}: the partners' retention (Kaplan–Meier)", $"months since {l.Timeline.Clock.Label(0)} (members enter when they join)")))],
            Qca = [.. data.Qca.Where(q => q.Xy is not null).Select(q => (q.Id, new XYPlotChart(
                q.Xy!.Points.Select(p => new XYPoint(p.Label, p.X, p.Y)), q.Xy.X, q.Xy.Y,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"inclS {q.Xy.InclS:0.00}, PRI {q.Xy.PRI:0.00}, covS {q.Xy.CovS:0.00}"),
                $"qca-{q.Id}", labels: q.Xy.Points.Length <= 40)))],
            Simulations = [.. data.Simulations.SelectMany(s => (IEnumerable<(string, FanChart)>)[
                (s.Scenario.Id, Fan(s.Scenario, s.Fan, s.Observed, $"{s.Scenario.Name}: calibrated")),
                .. s.Checks.Select(c => (c.Scenario.Id, Fan(c.Scenario, c.Fan, c.Observed, $"{c.Scenario.Name}: predicted with the values fitted on {s.Scenario.Id}")))])],
        };


        static NetworkChart Network(ReportData data, NetworkSummary n)
        {
            // A long name would run off a drawing half the page wide; the figure's heading gives it whole.
            string name = data.Coalition(n.Case).Name;
            return new NetworkChart(n.Network, $"network-{n.Case}", name.Length <= 44 ? name : n.Case.Value, NetworkSeed, width: 620, height: 560);
        }

        void Add(string name, string title, ImmutableArray<string> ids)
        {
            var cases = ids.Select(data.Classification).OfType<CaseClassification>().ToList();
            if (cases.Count >= 2)
                comparisons.Add(new ComparisonChart(name, title, cases));
        }
    }

    /// <summary>The networks to draw: those of <see cref="NetworkCases"/> with links, else the two with the most links.</summary>
    private static IEnumerable<NetworkSummary> DrawnNetworks(ReportData data)
    {
        var named = NetworkCases.Select(id => data.Networks.FirstOrDefault(n => n.Case.Value == id)).OfType<NetworkSummary>().Where(n => n.Links > 0).ToList();
        return named.Count > 0 ? named : data.Networks.Where(n => n.Links > 0).OrderByDescending(n => n.Links).Take(2);
    }
}
