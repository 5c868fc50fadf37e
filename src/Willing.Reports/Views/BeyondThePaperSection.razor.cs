using Microsoft.AspNetCore.Components;
using Willing.Core.Model;
using Willing.Typology.Classification;

namespace Willing.Reports.Views;

/// <summary>
/// The paper's cases against the others: which cells of the property space the cases the paper
/// treats fill (those with a <c>cooper:</c> reading), which the cases beyond it fill, which only the
/// new ones fill and which stay empty.
/// </summary>
public partial class BeyondThePaperSection
{
    private HashSet<CoalitionId> _paper = [];

    /// <summary>What the report is made from.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;

    /// <summary>Whether a report over this data has the section: the case base holds both cases the paper treats and cases beyond it.</summary>
    public static bool Shows(ReportData data) => data.Coalitions.Any(c => c.Cooper is not null) && data.Coalitions.Any(c => c.Cooper is null);

    /// <inheritdoc />
    protected override void OnParametersSet() => _paper = [.. Data.Coalitions.Where(c => c.Cooper is not null).Select(c => c.Id)];

    private bool IsPaper(CoalitionId id) => _paper.Contains(id);

    private List<SpaceCell> Occupied => [.. Data.Space.Cells.Where(c => !c.Cases.IsEmpty)];

    private List<SpaceCell> OnlyNew => [.. Occupied.Where(c => c.Cases.All(m => !IsPaper(m.Case)))];

    private List<SpaceCell> OnlyPaper => [.. Occupied.Where(c => c.Cases.All(m => IsPaper(m.Case)))];

    private List<SpaceCell> Empty => [.. Data.Space.Cells.Where(c => c.Cases.IsEmpty)];

    private List<CaseClassification> Unplaced => [.. Data.Space.Unplaced.Where(u => !IsPaper(u.Case))];

    private string Summary =>
        $"{ReportText.Count(_paper.Count, "case")} the paper treats (those whose file records Cooper's reading) and "
        + $"{ReportText.Count(Data.Coalitions.Length - _paper.Count, "case")} beyond it, placed by the same codebook. "
        + $"The paper's cases occupy {ReportText.Count(Occupied.Count - OnlyNew.Count, "cell")} of 32; the others add {ReportText.Count(OnlyNew.Count, "cell")} no paper case is in; "
        + $"{ReportText.Count(Empty.Count, "cell")} stay empty.";
}
