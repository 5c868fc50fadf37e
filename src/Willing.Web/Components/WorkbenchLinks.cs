using Willing.Reports.Views;

namespace Willing.Web.Components;

/// <summary>
/// The report components' links as the workbench's pages: a case is <c>/cases/ID</c>, a cell of the
/// property space <c>/map#cell-CODE</c>, the table of cases <c>/cases</c>, the maps and the property
/// space parts of <c>/map</c>, a case's validation row its own page.
/// </summary>
public sealed class WorkbenchLinks : ReportLinks
{
    private WorkbenchLinks()
    {
    }

    /// <summary>The one instance, cascaded from the document (<c>App.razor</c>).</summary>
    public static WorkbenchLinks Instance { get; } = new();

    /// <inheritdoc />
    public override string Case(string id) => "/cases/" + Uri.EscapeDataString(id);

    /// <inheritdoc />
    public override string Cell(string code) => "/map#cell-" + Uri.EscapeDataString(code);

    /// <inheritdoc />
    public override string Section(string id) => id switch
    {
        "cases" => "/cases",
        "introduction" => "/",
        _ when id.StartsWith("validation-", StringComparison.Ordinal) => Case(id["validation-".Length..]) + "#paper",
        _ when id.StartsWith("lifecycle-", StringComparison.Ordinal) => Case(id["lifecycle-".Length..]) + "#timeline",
        _ => "/map#" + Uri.EscapeDataString(id),
    };
}
