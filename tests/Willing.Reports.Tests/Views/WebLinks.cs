using Willing.Reports.Views;

namespace Willing.Reports.Tests.Views;

/// <summary>The workbench's links, as a web host would give them: a case is a page, a cell an anchor on the map page, anything else an anchor on the report page.</summary>
internal sealed class WebLinks : ReportLinks
{
    public override string Case(string id) => $"/cases/{id}";

    public override string Cell(string code) => $"/map#cell-{code}";

    public override string Section(string id) => $"/report#{id}";
}
