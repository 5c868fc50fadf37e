using Microsoft.AspNetCore.Components;
using Willing.Core.Model;
using Willing.Reports.Validation;
using Willing.Typology;
using Willing.Typology.Classification;

namespace Willing.Reports.Views;

/// <summary>
/// One set of a case that parts from the paper's expectation: its membership, bounds and coverage,
/// the side of the crossover it is found on, the terms that decide it down to the indicators and
/// their facts, what has no data and why, whether the gaps could carry it across, and what counting
/// the paper's readings does.
/// </summary>
public partial class AxisFindingView
{
    /// <summary>How many facts a finding quotes for each set before it says how many more there are.</summary>
    internal const int FactsPerFinding = 3;

    /// <summary>The coalition, whose file declares the sources the facts cite.</summary>
    [Parameter, EditorRequired]
    public Coalition Coalition { get; set; } = null!;

    /// <summary>The finding on one set.</summary>
    [Parameter, EditorRequired]
    public AxisFinding Finding { get; set; } = null!;

    private AxisFinding F => Finding;

    private AxisScore Score => Finding.Score;

    private string Heading => $"{AxisLabels.Title(F.Axis)}{(Score.Membership is { } m ? $" = {ReportText.Number(m)}" : " undetermined")}";

    private string AtCrossover => Score.Membership is not null && Score.AtCrossover ? ", exactly at the crossover," : string.Empty;

    /// <summary>"expected 1 (hierarchical), found on the networked side of the crossover."</summary>
    private string Placed => $"expected {(F.Expected ? 1 : 0)} ({AxisLabels.Pole(F.Axis, F.Expected)})" + (PaperExpectation.Side(Score) is { } side
        ? $", found on the {AxisLabels.Pole(F.Axis, side)} side of the crossover."
        : Score.Membership is null ? ", but too few of its dimensions have data to place it." : ", but it sits on the crossover.");

    /// <summary>"Decided by the lowest term of the and:" and the like, from the axis rule's kind.</summary>
    private string DecidedBy => F.Rule switch
    {
        "and" => F.Deciding.Length == 1 ? "Decided by the lowest term of the and:" : "Decided by the lowest terms of the and, tied:",
        "or" => F.Deciding.Length == 1 ? "Decided by the highest term of the or:" : "Decided by the highest terms of the or, tied:",
        "index" => "An index (weighted mean) of:",
        "first" => "Decided by the first term with data:",
        _ => "Decided by:",
    };

    /// <summary>The facts behind the deciding indicators, each once, in order.</summary>
    private List<Evidence> DecidingFacts
    {
        get
        {
            var facts = new List<Evidence>();
            foreach (var e in F.Deciding.SelectMany(d => d.Indicators).SelectMany(i => i.Evidence))
            {
                if (!facts.Any(x => x.Fact == e.Fact))
                    facts.Add(e);
            }

            return facts;
        }
    }

    private string CoverageRule => $" The coverage rule asks {Score.MinMeasured} of {Score.Terms}; {Score.Measured} {(Score.Measured == 1 ? "has" : "have")} data";

    private List<DimensionValue> Measured => [.. Score.Dimensions.Where(d => d.Membership is not null)];

    /// <summary>Why each indicator of a dimension without data has none (indicators with the same reason share it): " (S1a, S1b: no list)".</summary>
    private static string MissingWhy(MissingTerm m)
    {
        string why = string.Join("; ", m.Indicators
            .GroupBy(i => i.MissingReason ?? "no data", StringComparer.Ordinal)
            .Select(g => $"{string.Join(", ", g.Select(i => i.Id))}: {g.Key}"));
        return why.Length == 0 ? string.Empty : $" ({why})";
    }

    /// <summary>Whether the missing evidence could move the set to the expected side.</summary>
    private string Gaps
    {
        get
        {
            if (Math.Abs(Score.High - Score.Low) < 1e-9)
                return "Every indicator has data, so no gap could move it.";
            if (F.GapsCouldReach)
            {
                return $"The gaps could carry it across: with every indicator without data at {(F.Expected ? 1 : 0)} it would be {ReportText.Number(F.Expected ? Score.High : Score.Low)}, "
                    + "so the placement rests on missing evidence as much as on what is measured.";
            }

            return $"No filling of the gaps reaches the expected side: with every indicator without data at {(F.Expected ? 1 : 0)} it is still {ReportText.Number(F.Expected ? Score.High : Score.Low)}; the measured dimensions settle it.";
        }
    }

    /// <summary>What counting the paper's readings does to the set.</summary>
    private string Readings
    {
        get
        {
            string letter = AxisInfo.Letter(F.Axis);
            if (SameMembership(Score, F.WithReadings))
                return $"Counting the paper's readings leaves {letter} {(F.WithReadings.Membership is { } m ? $"at {ReportText.Number(m)}" : "undetermined")}.";
            string value = F.WithReadings.Membership is { } r ? $"{letter} = {ReportText.Number(r)}" : $"{letter} undetermined";
            string side = F.ReadingsReach ? "on the expected side" : PaperExpectation.Side(F.WithReadings) is null ? "still not placed" : "still on the other side";
            return $"With the paper's readings counted: {value}, {side}.";
        }
    }

    /// <summary>Whether the readings add facts that move the set.</summary>
    private bool ReadingsAdd => !F.ReadingsAdd.IsEmpty && !SameMembership(Score, F.WithReadings);

    private static bool SameMembership(AxisScore a, AxisScore b) =>
        (a.Membership, b.Membership) switch
        {
            (null, null) => true,
            ({ } x, { } y) => Math.Abs(x - y) < 1e-9,
            _ => false,
        };
}
