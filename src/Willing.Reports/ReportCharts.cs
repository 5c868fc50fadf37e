using System.Collections.Immutable;
using Willing.Reports.Charts;
using Willing.Typology.Classification;

namespace Willing.Reports;

/// <summary>The charts of a report: the two typology maps, the comparisons, the lineage diagram, one trajectory per case with periods, and one axis profile per case.</summary>
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

    /// <summary>Cooper's lineage of US-led coalitions, from the first Gulf War through Kosovo to Iraq.</summary>
    public static readonly ImmutableArray<string> Lineage = ["gulf-war-1991", "kosovo-1999", "iraq-2003"];

    /// <summary>The paper's two model-two cases: the Ottawa Process and the Rome Statute.</summary>
    public static readonly ImmutableArray<string> OttawaRome = ["landmines-ottawa", "icc-rome-statute"];

    /// <summary>Every chart, in report order (each name is unique).</summary>
    public IEnumerable<Chart> All => [OrganizationMotivation, ActornessTrigger, .. Comparisons, .. (LineageDiagram is null ? [] : (Chart[])[LineageDiagram]), .. Trajectories, .. Profiles];

    /// <summary>The charts for a report's data.</summary>
    /// <remarks>
    /// A comparison is drawn when at least two of its cases are in the case base; a user's own case
    /// base without them gets one comparison of its first six cases instead. The lineage diagram is
    /// drawn when any coalition names an antecedent; a trajectory for every case that declares periods.
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
        };

        void Add(string name, string title, ImmutableArray<string> ids)
        {
            var cases = ids.Select(data.Classification).OfType<CaseClassification>().ToList();
            if (cases.Count >= 2)
                comparisons.Add(new ComparisonChart(name, title, cases));
        }
    }
}
