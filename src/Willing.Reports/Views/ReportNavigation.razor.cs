using Microsoft.AspNetCore.Components;

namespace Willing.Reports.Views;

/// <summary>The report's navigation: a link to every section it has, then to every case.</summary>
public partial class ReportNavigation
{
    /// <summary>What the report is made from.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;

    /// <summary>The sections a report over this data has, in order: each one's element id and title (a section without anything to show is left out).</summary>
    public static IEnumerable<(string Id, string Title)> Parts(ReportData data)
    {
        yield return ("introduction", "Introduction");
        yield return ("cases", "Cases");
        yield return ("map", "Typology map");
        yield return ("property-space", "Property space");
        if (ValidationSection.Shows(data))
            yield return ("validation", "Validation");
        if (BeyondThePaperSection.Shows(data))
            yield return ("beyond-the-paper", "Beyond the paper");
        if (TrajectoriesSection.Shows(data))
            yield return ("trajectories", "Trajectories");
        if (LineageSection.Shows(data))
            yield return ("lineage", "Lineage");
        if (NetworksSection.Shows(data))
            yield return ("networks", "Coordination networks");
        if (LifecyclesSection.Shows(data))
            yield return ("lifecycle", "The coalition of the leaving");
        if (QcaSection.Shows(data))
            yield return ("qca", "Configurations (QCA)");
        if (SimulationSection.Shows(data))
            yield return ("simulation", "Simulation");
        yield return ("sources", "Sources");
    }
}
