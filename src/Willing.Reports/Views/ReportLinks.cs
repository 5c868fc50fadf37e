namespace Willing.Reports.Views;

/// <summary>
/// How the components write their links to a case, a cell of the property space and a part of the
/// report: as anchors within the one report file (<see cref="Anchors"/>), or as the workbench's pages
/// (a subclass). Every internal link the components write goes through it; addresses outside (a
/// source's URL) do not.
/// </summary>
/// <remarks>
/// Cascaded to the components (<c>&lt;CascadingValue Value="links" IsFixed="true"&gt;</c>); a
/// component with nothing cascaded writes <see cref="Anchors"/>. The result is written as an
/// attribute value, so it is HTML-encoded but must already be a valid address.
/// </remarks>
public class ReportLinks
{
    /// <summary>The report's own anchors: <c>#case-ID</c>, <c>#cell-CODE</c> and <c>#ID</c>.</summary>
    public static ReportLinks Anchors { get; } = new();

    /// <summary>For a subclass: the links of another host, such as the workbench.</summary>
    protected ReportLinks()
    {
    }

    /// <summary>The link to a case's own section or page; <c>#case-ID</c> in the report.</summary>
    /// <param name="id">The coalition's id, e.g. <c>iraq-2003</c>.</param>
    public virtual string Case(string id) => $"#case-{id}";

    /// <summary>The link to a cell of the property space; <c>#cell-CODE</c> in the report.</summary>
    /// <param name="code">The cell's five digits H C S T R, e.g. <c>11110</c>.</param>
    public virtual string Cell(string code) => $"#cell-{code}";

    /// <summary>The link to any other part of the report by its element id; <c>#ID</c> in the report.</summary>
    /// <param name="id">
    /// The id of the element: a section (<c>introduction</c>, <c>cases</c>, <c>map</c>,
    /// <c>property-space</c>, <c>validation</c>, <c>beyond-the-paper</c>, <c>trajectories</c>,
    /// <c>lineage</c>, <c>networks</c>, <c>lifecycle</c>, <c>qca</c>, <c>simulation</c>,
    /// <c>sources</c>), or a part of one: a validation row <c>validation-ID</c>, a finding
    /// <c>finding-ID</c>, a case's lifecycle <c>lifecycle-ID</c>.
    /// </param>
    public virtual string Section(string id) => $"#{id}";
}
