using Microsoft.AspNetCore.Components;
using Willing.Reports.Html;

namespace Willing.Reports.Views;

/// <summary>The report's stylesheet (<see cref="ReportStyles.Css"/>) as a <c>style</c> element, for the head of the report or of a page that shows its components.</summary>
public partial class ReportStyle
{
    /// <summary>The stylesheet, written as it is (a constant of the report, not data: encoding it would break a selector's <c>&gt;</c>).</summary>
    private static MarkupString Css => new(ReportStyles.Css);
}
