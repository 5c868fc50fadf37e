using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace Willing.Reports.Views;

/// <summary>A membership as a table cell, shaded red towards the model-one pole and blue towards the model-two pole; “–” (no data, never 0) when there is none.</summary>
public partial class MembershipCell
{
    /// <summary>The membership in the set, 0 to 1; null when the set has no data.</summary>
    [Parameter]
    public double? Membership { get; set; }

    /// <summary>The shade: by the distance from the crossover, towards the pole the case leans to.</summary>
    private static string Style(double m)
    {
        double strength = Math.Abs(m - 0.5) * 2 * 0.35;
        string rgb = m >= 0.5 ? "192,57,43" : "31,111,178";
        return string.Create(CultureInfo.InvariantCulture, $"background: rgba({rgb},{strength:0.00})");
    }
}
