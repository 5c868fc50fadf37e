using System.Collections.Immutable;
using System.Globalization;
using Willing.Core.Model;
using Willing.Qca.Cases;
using Willing.Qca.Minimization;
using Willing.Qca.Plots;
using Willing.Qca.TruthTables;
using Willing.Typology.Classification;
using Willing.Typology.Sets;

namespace Willing.Qca.Analysis;

/// <summary>A QCA over the case base as the report shows it: one question, its truth table, the conservative and parsimonious solutions and an XY plot.</summary>
/// <param name="Id">A stable id (for anchors and chart names).</param>
/// <param name="Title">The heading.</param>
/// <param name="Question">What is asked, in words.</param>
/// <param name="Table">The sets used.</param>
/// <param name="Conservative">The conservative solution (no remainders).</param>
/// <param name="Parsimonious">The parsimonious solution (every remainder).</param>
/// <param name="Xy">The first parsimonious solution against the outcome, when there is one.</param>
/// <param name="Comparison">A published finding and what the case base yields beside it, when there is one.</param>
public sealed record QcaStudy(string Id, string Title, string Question, SetTable Table, QcaResult Conservative, QcaResult Parsimonious, XYPlotData? Xy, string? Comparison)
{
    /// <summary>The inclusion cut-off of the report's studies: a row with output 1 needs a consistency of 0.8 (Schneider and Wagemann 2012, 0.75 at the least).</summary>
    public const double InclCut = 0.8;

    /// <summary>The conditions of the coalition-level study: the five digits of the property cell.</summary>
    public static readonly ImmutableArray<string> CellConditions = ["H", "C", "S", "T", "R"];

    /// <summary>The conditions of the member-level study.</summary>
    public static readonly ImmutableArray<string> MemberConditions = ["ELECTION", "GOVCHANGE", "CASUALTIES", "TROOPS", "PAYMENTS"];

    /// <summary>The coalition whose members the report analyses, Mello's (2020) case.</summary>
    public const string MemberCase = "iraq-2003";

    /// <summary>The report's studies: the coalitions (which cells lose a third of their members within two years) and, when the case base holds it, Iraq 2003's partners (who left early).</summary>
    public static ImmutableArray<QcaStudy> For(IReadOnlyList<Coalition> coalitions, TypologyEngine engine) =>
        For(coalitions, [.. coalitions.Select(engine.Classify)], engine.Codebook.Convention);

    /// <summary>The report's studies over coalitions classified already (one classification per coalition, in order).</summary>
    public static ImmutableArray<QcaStudy> For(IReadOnlyList<Coalition> coalitions, IReadOnlyList<CaseClassification> classifications, CalibrationConvention convention)
    {
        var studies = new List<QcaStudy?>();
        var cases = CoalitionSets.Of(coalitions, classifications, convention);
        int leaving = cases["LEAVING"].Values.Count(v => v > 0.5);
        studies.Add(Run("coalitions-exit", "Which configurations of the cell go with early exits?",
            string.Create(CultureInfo.InvariantCulture, $"The coalitions of the case base as cases, their five cell memberships (H, C, S, T, R) as conditions, and as outcome EXIT: the share of members that left before the coalition ended (calibrated 0.02 / 0.15 / 0.40). The crisp outcome LEAVING (a third of the members gone unilaterally within two years) holds for {leaving} of {cases.Cases.Length} coalitions, too few to analyse ('willing qca minimize --outcome LEAVING' shows it)."),
            cases, "EXIT", CellConditions, null));
        if (coalitions.FirstOrDefault(c => c.Id.Value == MemberCase) is { } iraq)
        {
            var members = MemberSets.Of(iraq);
            studies.Add(Run($"members-{MemberCase}", "Which partners left the Iraq coalition early?",
                "The partners that sent forces as cases (the leader left out), in the style of Mello (2020): an election held while a member (ELECTION), a change of head of government (GOVCHANGE), military deaths (CASUALTIES, 0 / 4.5 / 25), troops sent (TROOPS, 100 / 499.5 / 2,000), a payment-like inducement received (PAYMENTS); the outcome EARLY is a unilateral exit before the mandate or deadline that ended the mission.",
                members, "EARLY", MemberConditions, Mello));
        }

        return [.. studies.OfType<QcaStudy>()];
    }

    private static QcaStudy? Run(string id, string title, string question, SetTable table, string outcome, ImmutableArray<string> conditions, Func<QcaResult, string>? compare)
    {
        // A case base with no case measured on every set (an empty or a user's sparse one) has nothing to analyse.
        if (!table.Cases.Select((_, i) => i).Any(i => conditions.Append(outcome).All(c => !double.IsNaN(table[c].Values[i]))))
            return null;
        var data = table.ToData();
        var options = TruthTableOptions.Default with { InclCut = InclCut };
        QcaResult Solve(RemainderPolicy policy) =>
            QcaAnalysis.Run(data, new QcaRequest(outcome, conditions, options, policy, [], null, MinimizationOptions.Default));
        var conservative = Solve(RemainderPolicy.Conservative);
        var parsimonious = Solve(RemainderPolicy.Parsimonious);
        var xy = parsimonious.Solutions.IsEmpty ? null : XYPlot.For(data, parsimonious.Solutions[0].Expression, outcome);
        return new QcaStudy(id, title, question, table, conservative, parsimonious, xy, compare?.Invoke(parsimonious));
    }

    /// <summary>Mello's (2020) finding beside the parsimonious solution, condition by condition.</summary>
    private static string Mello(QcaResult parsimonious)
    {
        string found = parsimonious.Solutions.IsEmpty
            ? "no configuration passes the inclusion cut-off, so there is no solution to set beside it"
            : string.Create(CultureInfo.InvariantCulture, $"the parsimonious solution is {string.Join(" or ", parsimonious.Solutions.Select(s => $"{s.Expression} (inclS {s.Fit.InclS:0.00}, covS {s.Fit.CovS:0.00})"))}");
        var terms = parsimonious.Solutions.SelectMany(s => s.Fit.Terms).Select(t => t.Expression).ToList();
        string Role(string condition)
        {
            bool present = terms.Any(t => t.Split('*').Contains(condition)), absent = terms.Any(t => t.Split('*').Contains("~" + condition));
            return present && absent ? "appears both present and absent" : present ? "appears as present" : absent ? "appears as absent" : "does not appear";
        }

        return $"Mello (2020, fsQCA of 51 leaders in 29 democracies) found that a change of leadership led to early withdrawal only together with a left-wing government and no upcoming election, and that casualties and the commitment made mattered more than had been assumed. Here {found}: GOVCHANGE {Role("GOVCHANGE")}, ELECTION {Role("ELECTION")}, CASUALTIES {Role("CASUALTIES")}, TROOPS {Role("TROOPS")}, PAYMENTS {Role("PAYMENTS")}. The case files hold no partisanship, so Mello's central path cannot be tested as such; the conditions are read over each partner's whole membership rather than at the leader's decision, and a partner that stayed longer had more time to meet an election. The coding was not adjusted to reach his result.";
    }
}
