using Microsoft.AspNetCore.Components;
using Willing.Typology;

namespace Willing.Reports.Views;

/// <summary>The introduction: the two models, the axes with their poles and the codebook's rules, how cells, indeterminacy and distances are read, and the codebook.</summary>
public partial class IntroductionSection
{
    /// <summary>What the report is made from (its codebook is introduced).</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;

    private string Rule(Axis axis) => Data.Codebook.Rules.TryGetValue(axis, out var rule) ? rule.ToString() : "–";

    /// <summary>The question an axis answers.</summary>
    internal static string Question(Axis axis) => axis switch
    {
        Axis.Organization => "how is it organised?",
        Axis.Motivation => "why do members join?",
        Axis.Actorness => "with whom?",
        Axis.Trigger => "under what conditions?",
        _ => "in relation to established institutions?",
    };
}
