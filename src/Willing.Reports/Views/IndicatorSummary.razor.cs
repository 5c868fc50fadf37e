using Microsoft.AspNetCore.Components;
using Willing.Typology.Classification;

namespace Willing.Reports.Views;

/// <summary>An indicator in one line: its id in bold, its name, the raw value and what it rests on, the membership and how it was computed (<c>C3 name: raw 0.7143 (k = 5 of n = 7, shrunk to 0.6505) → 0.18, …</c>).</summary>
public partial class IndicatorSummary
{
    /// <summary>The indicator's value.</summary>
    [Parameter, EditorRequired]
    public IndicatorValue Indicator { get; set; } = null!;

    /// <summary>What the raw value rests on: the share's k and n (and its shrinkage), or the number of facts.</summary>
    private string Basis => Indicator.Share is { } share
        ? $" (k = {share.Count} of n = {share.N}{(Indicator.Shrunk is { } s ? $", shrunk to {ReportText.Raw(s)}" : string.Empty)})"
        : $" (from {ReportText.Count(Indicator.Evidence.Length, "fact")})";
}
