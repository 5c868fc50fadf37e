using Willing.Core.Model;
using Willing.Core.Sources;
using Willing.Lifecycle.Cases;
using Willing.Reports;
using Willing.Reports.Charts;
using Willing.Typology.Classification;

namespace Willing.Web.Pages;

/// <summary>
/// Everything a case's page draws, built once per snapshot (<see cref="SnapshotCache"/>) with the report's
/// own chart classes: the axis profile, the trajectory by period, the timeline of entries, exits and
/// triggers, the coordination network and the retention curve, each with its SVG drawn at once, or the
/// sentence saying why the case has none.
/// </summary>
/// <param name="Coalition">The coalition.</param>
/// <param name="Classification">Its classification.</param>
/// <param name="Profile">Its axis profile.</param>
public sealed record CaseFigures(Coalition Coalition, CaseClassification Classification, AxisProfileChart Profile)
{
    /// <summary>The trajectory through the space by period; null when the case declares no periods.</summary>
    public TrajectoryChart? Trajectory { get; init; }

    /// <summary>The timeline; null when the case has no member to draw (<see cref="TimelineProblem"/>).</summary>
    public TimelineChart? Timeline { get; init; }

    /// <summary>Why there is no timeline.</summary>
    public string? TimelineProblem { get; init; }

    /// <summary>The members' spans, for the timeline's table.</summary>
    public IReadOnlyList<MemberSpan> Members { get; init; } = [];

    /// <summary>The events on the timeline.</summary>
    public IReadOnlyList<TimelineEvent> Triggers { get; init; } = [];

    /// <summary>The coordination network's drawing; null when it has no actors (<see cref="NetworkProblem"/>).</summary>
    public NetworkChart? Network { get; init; }

    /// <summary>Why there is no network drawing.</summary>
    public string? NetworkProblem { get; init; }

    /// <summary>The network's numbers.</summary>
    public NetworkSummary? NetworkSummary { get; init; }

    /// <summary>The partners' retention curve; null when no member left (<see cref="RetentionProblem"/>).</summary>
    public RetentionChart? Retention { get; init; }

    /// <summary>Why there is no retention curve.</summary>
    public string? RetentionProblem { get; init; }

    /// <summary>The case's sources by kind and the facts resting on weak sources.</summary>
    public SourceMix? Sources { get; init; }

    /// <summary>The figures of a case in a snapshot; null when the snapshot has no such case.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="id">The case id.</param>
    public static CaseFigures? For(WorkbenchSnapshot snapshot, string id) =>
        snapshot.Find(id) is null ? null : snapshot.Cache.Get("case-figures:" + id, () => Build(snapshot, id));

    /// <summary>The trajectory chart of a case, or null when it declares no periods (shared by the case and compare pages).</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="id">The case id.</param>
    public static TrajectoryChart? TrajectoryOf(WorkbenchSnapshot snapshot, string id) => For(snapshot, id)?.Trajectory;

    private static CaseFigures Build(WorkbenchSnapshot snapshot, string id)
    {
        var (coalition, classification) = snapshot.Find(id)!.Value;
        var data = snapshot.Data;
        var profile = new AxisProfileChart(classification);
        _ = profile.ToSvg();
        var figures = new CaseFigures(coalition, classification, profile);

        TrajectoryChart? trajectory = null;
        if (data.Trajectories.FirstOrDefault(t => t.Case == coalition.Id) is { Periods.IsEmpty: false } path)
            trajectory = Drawn(TrajectoryChart.For(path, data.Codebook.IndeterminacyBand));

        // The lifecycle of a case the report analyses is taken from it; any other case's is computed here, once.
        TimelineChart? timeline = null;
        RetentionChart? retention = null;
        string? timelineProblem = null, retentionProblem = null;
        IReadOnlyList<MemberSpan> members = [];
        IReadOnlyList<TimelineEvent> triggers = [];
        try
        {
            var lifecycle = data.Lifecycles.FirstOrDefault(l => l.Case == coalition.Id) ?? CaseLifecycle.Of(coalition);
            members = lifecycle.Timeline.Members;
            triggers = lifecycle.Timeline.Triggers;
            if (lifecycle.Timeline.Members.IsEmpty)
                timelineProblem = "The case records no member with a role that makes it one, so there is no timeline of entries and exits.";
            else
                timeline = Drawn(new TimelineChart(lifecycle.Timeline, name: $"timeline-{id}", title: $"{coalition.Name}: entries, exits and their triggers"));

            if (lifecycle.Timeline.Exits.IsEmpty)
                retentionProblem = "No member of this case has a leaving date, so there is no retention curve: every partner stayed to the end of the record.";
            else if (lifecycle.Retention is null)
                retentionProblem = "The case's members give no subjects for a retention curve (no member with a joining date within the case's period).";
            else
                retention = Drawn(new RetentionChart(RetentionCurves.Of(lifecycle.Retention, 0), $"retention-{id}", $"{coalition.Name}: the partners' retention (Kaplan–Meier)",
                    $"months since {lifecycle.Timeline.Clock.Label(0)} (members enter when they join)"));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            // A case coded by hand may have dates no analysis can place; the page says so rather than failing.
            timelineProblem ??= $"The timeline could not be drawn: {e.Message}";
            retentionProblem ??= $"The retention curve could not be drawn: {e.Message}";
        }

        NetworkChart? network = null;
        string? networkProblem = null;
        var summary = data.Networks.FirstOrDefault(n => n.Case == coalition.Id);
        if (summary is null || summary.Network.Nodes.IsEmpty)
            networkProblem = "The case records no actor in a coordination network.";
        else
        {
            string name = coalition.Name.Length <= 44 ? coalition.Name : id;
            network = Drawn(new NetworkChart(summary.Network, $"network-{id}", name, ReportCharts.NetworkSeed, width: 620, height: 560));
        }

        return figures with
        {
            Trajectory = trajectory,
            Timeline = timeline,
            TimelineProblem = timelineProblem,
            Members = members,
            Triggers = triggers,
            Retention = retention,
            RetentionProblem = retentionProblem,
            Network = network,
            NetworkProblem = networkProblem,
            NetworkSummary = summary,
            Sources = SourceMix.Of(coalition),
        };
    }

    /// <summary>Draws the chart's SVG now, so that every later request takes it as drawn.</summary>
    private static T Drawn<T>(T chart) where T : Chart
    {
        _ = chart.ToSvg();
        return chart;
    }
}
