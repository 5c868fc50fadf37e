using Microsoft.AspNetCore.Components;
using Willing.Core.Model;
using Willing.Typology;
using Willing.Typology.Classification;

namespace Willing.Reports.Views;

/// <summary>
/// How one set of a case was reached: its membership, bounds, coverage and flags, its rule as applied,
/// its dimensions, every indicator with its raw value, computation and calibration (or why it has no
/// data), and the facts behind each raw value with their sources.
/// </summary>
public partial class AxisExplanation
{
    /// <summary>The coalition, whose file declares the sources the facts cite.</summary>
    [Parameter, EditorRequired]
    public Coalition Coalition { get; set; } = null!;

    /// <summary>The case's classification, whose flags on this set (<c>…:KEY</c>) are shown.</summary>
    [Parameter, EditorRequired]
    public CaseClassification Classification { get; set; } = null!;

    /// <summary>The set to explain: one of <see cref="CaseClassification.Axes"/>.</summary>
    [Parameter, EditorRequired]
    public AxisScore Score { get; set; } = null!;

    private string Key => AxisInfo.Key(Score.Axis);

    private IEnumerable<string> Flags => Classification.Flags.Where(f => f.EndsWith($":{Key}", StringComparison.Ordinal));

    private string Poles => $"1 = {AxisInfo.ModelOnePole(Score.Axis)}; 0 = {AxisInfo.ModelTwoPole(Score.Axis)}";
}
