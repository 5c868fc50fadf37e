using System.Text;
using Willing.Core.Model;
using Willing.Typology.Classification;
using static Willing.Reports.Html.Html;

namespace Willing.Reports;

/// <summary>The section on the paper's cases against the cases beyond it.</summary>
public static partial class HtmlReport
{
    /// <summary>
    /// The paper's cases against the others: which cells of the property space the cases the paper
    /// treats fill (those with a <c>cooper:</c> reading), which the cases beyond it fill, which only
    /// the new ones fill and which stay empty. Omitted when the case base holds only one of the groups.
    /// </summary>
    private static void BeyondThePaper(StringBuilder w, ReportData data)
    {
        var paper = data.Coalitions.Where(c => c.Cooper is not null).Select(c => c.Id).ToHashSet();
        if (paper.Count == 0 || paper.Count == data.Coalitions.Length)
            return;
        bool IsPaper(CoalitionId id) => paper.Contains(id);
        var occupied = data.Space.Cells.Where(c => !c.Cases.IsEmpty).ToList();
        var onlyNew = occupied.Where(c => c.Cases.All(m => !IsPaper(m.Case))).ToList();
        var onlyPaper = occupied.Where(c => c.Cases.All(m => IsPaper(m.Case))).ToList();
        var empty = data.Space.Cells.Where(c => c.Cases.IsEmpty).ToList();

        w.Append("<section id=\"beyond-the-paper\">\n<h2>The paper's cases and the others</h2>\n<p>")
            .Append(E($"{Count(paper.Count, "case")} the paper treats (those whose file records Cooper's reading) and "
                + $"{Count(data.Coalitions.Length - paper.Count, "case")} beyond it, placed by the same codebook. "
                + $"The paper's cases occupy {Count(occupied.Count - onlyNew.Count, "cell")} of 32; the others add {Count(onlyNew.Count, "cell")} no paper case is in; "
                + $"{Count(empty.Count, "cell")} stay empty."))
            .Append("</p>\n<table class=\"beyond\"><thead><tr><th>cell</th><th>name</th><th>the paper's cases</th><th>the others</th></tr></thead><tbody>\n");
        foreach (var cell in occupied)
        {
            w.Append("<tr><td><a href=\"#cell-").Append(cell.Cell.Code).Append("\"><code>").Append(cell.Cell.Code).Append("</code></a>")
                .Append(onlyNew.Contains(cell) ? " <span class=\"tag\">new</span>" : string.Empty).Append("</td><td>").Append(E(cell.Cell.Name)).Append("</td><td>");
            CaseLinks(w, cell.Cases.Where(m => IsPaper(m.Case)));
            w.Append("</td><td>");
            CaseLinks(w, cell.Cases.Where(m => !IsPaper(m.Case)));
            w.Append("</td></tr>\n");
        }

        w.Append("</tbody></table>\n");
        if (onlyPaper.Count > 0)
        {
            w.Append("<p>Cells held only by the paper's cases: ")
                .AppendJoin(", ", onlyPaper.Select(c => $"<code>{c.Cell.Code}</code>")).Append(".</p>\n");
        }

        var unplaced = data.Space.Unplaced.Where(u => !IsPaper(u.Case)).ToList();
        if (unplaced.Count > 0)
        {
            w.Append("<p>Not placed among the others (an axis without data or at the crossover): ");
            CaseLinks(w, unplaced.Select(u => new CellMember(u.Case, u.Name, 0)), withMembership: false);
            w.Append(".</p>\n");
        }

        w.Append("<p>Still empty: ").AppendJoin(", ", empty.Select(c => $"<code>{c.Cell.Code}</code>"))
            .Append(". Each keeps its tag in <a href=\"#property-space\">the property space</a>.</p>\n</section>\n");
    }

    private static void CaseLinks(StringBuilder w, IEnumerable<CellMember> members, bool withMembership = true)
    {
        bool first = true;
        foreach (var m in members)
        {
            w.Append(first ? string.Empty : ", ").Append("<a href=\"#case-").Append(E(m.Case.Value)).Append("\">").Append(E(m.Case.Value)).Append("</a>");
            if (withMembership)
                w.Append(' ').Append(ReportText.Number(m.Membership));
            first = false;
        }
    }
}
