using System.Globalization;
using System.Text;
using Willing.Qca.Analysis;
using Willing.Qca.TruthTables;
using static Willing.Reports.Html.Html;

namespace Willing.Reports;

/// <summary>The "Configurations" section: QCA over the coalitions and over Iraq 2003's partners, truth tables, solutions and XY plots.</summary>
public static partial class HtmlReport
{
    private static void Qca(StringBuilder w, ReportData data, ReportCharts charts)
    {
        if (data.Qca.IsEmpty)
            return;
        w.Append("<section id=\"qca\">\n<h2>Configurations: QCA over the case base</h2>\n<p>")
            .Append(E(string.Create(CultureInfo.InvariantCulture, $"Qualitative Comparative Analysis asks which configurations of conditions are sufficient for an outcome. Each case sits in the truth-table row of the conditions it is more in than out of; a row with an inclusion (consistency) of at least {QcaStudy.InclCut} is sufficient (output 1); the conservative solution minimises those rows alone, the parsimonious one also uses every configuration no case has (remainders) as a simplifying assumption. Every equally minimal solution is listed. 'willing qca truth-table', 'qca minimize' and 'qca fit' give the same numbers and other choices (cut-offs, intermediate solutions, exclusions, robustness).")))
            .Append("</p>\n");
        foreach (var study in data.Qca)
            QcaStudySection(w, study, charts.Qca.FirstOrDefault(c => c.Study == study.Id).Chart);
        w.Append("</section>\n");
    }

    private static void QcaStudySection(StringBuilder w, QcaStudy study, Charts.XYPlotChart? chart)
    {
        var table = study.Conservative.Table;
        w.Append("<div class=\"qca-study\" id=\"qca-").Append(E(study.Id)).Append("\">\n<h3>").Append(E(study.Title)).Append("</h3>\n<p>").Append(E(study.Question))
            .Append(E(string.Create(CultureInfo.InvariantCulture, $" {table.CaseCount} cases")));
        if (!table.Excluded.IsEmpty)
            w.Append(E($"; left out for a set that could not be measured: {string.Join(", ", table.Excluded)}"));
        w.Append(".</p>\n");

        w.Append("<table class=\"qca-truth-table\"><thead><tr>");
        foreach (string c in table.Conditions)
            w.Append("<th>").Append(E(c)).Append("</th>");
        w.Append("<th>OUT</th><th class=\"num\">n</th><th class=\"num\">incl</th><th class=\"num\">PRI</th><th>cases</th></tr></thead><tbody>\n");
        foreach (var r in table.Rows)
        {
            string output = r.Out switch { TruthTableOutput.Positive => "1", TruthTableOutput.Negative => "0", TruthTableOutput.Contradiction => "C", _ => "?" };
            w.Append("<tr data-out=\"").Append(output).Append("\">");
            foreach (int v in r.Values)
                w.Append("<td>").Append(v).Append("</td>");
            w.Append("<td>").Append(output).Append("</td><td class=\"num\">").Append(r.N).Append("</td><td class=\"num\">").Append(F(r.Incl ?? double.NaN, "0.000"))
                .Append("</td><td class=\"num\">").Append(F(r.PRI ?? double.NaN, "0.000")).Append("</td><td>").Append(E(string.Join(", ", r.Cases)));
            if (!r.Deviant.IsEmpty)
                w.Append(" <span class=\"note\">(deviant: ").Append(E(string.Join(", ", r.Deviant))).Append(")</span>");
            w.Append("</td></tr>\n");
        }

        w.Append("</tbody></table>\n<p class=\"note\">").Append(E(string.Create(CultureInfo.InvariantCulture,
            $"{table.RemainderCount} of {1L << table.Conditions.Length} configurations have no case (remainders).")));
        foreach (var s in study.Conservative.Skew.Where(s => s.Skewed))
            w.Append(' ').Append(E(s.Warning ?? s.Set));
        foreach (var c in table.AtCrossover)
            w.Append(' ').Append(E($"{c.Case} is at exactly 0.5 in {string.Join(", ", c.Conditions)} and so in no row."));
        w.Append("</p>\n");

        w.Append("<table class=\"qca-solutions\"><thead><tr><th>solution</th><th>expression</th><th class=\"num\">inclS</th><th class=\"num\">PRI</th><th class=\"num\">covS</th><th>terms (raw / unique coverage)</th></tr></thead><tbody>\n");
        foreach (var (kind, result) in new[] { ("conservative", study.Conservative), ("parsimonious", study.Parsimonious) })
        {
            if (result.Solutions.IsEmpty)
            {
                w.Append("<tr data-solution=\"").Append(kind).Append("\"><td>").Append(kind).Append("</td><td colspan=\"5\">").Append(E(string.Join("; ", result.Notes))).Append("</td></tr>\n");
                continue;
            }

            foreach (var s in result.Solutions)
            {
                w.Append("<tr data-solution=\"").Append(kind).Append("\"><td>").Append(kind).Append(result.Ambiguous ? $" {E(s.Label)}" : string.Empty).Append("</td><td><code>").Append(E(s.Expression))
                    .Append("</code></td><td class=\"num\">").Append(F(s.Fit.InclS ?? double.NaN, "0.000")).Append("</td><td class=\"num\">").Append(F(s.Fit.PRI ?? double.NaN, "0.000"))
                    .Append("</td><td class=\"num\">").Append(F(s.Fit.CovS ?? double.NaN, "0.000")).Append("</td><td>")
                    .Append(E(string.Join("; ", s.Fit.Terms.Select(t => $"{t.Expression} {F(t.CovS ?? double.NaN, "0.000")} / {F(t.CovU ?? double.NaN, "0.000")}")))).Append("</td></tr>\n");
            }
        }

        w.Append("</tbody></table>\n");
        if (study.Conservative.Ambiguous || study.Parsimonious.Ambiguous)
            w.Append("<p class=\"note\">Model ambiguity: more than one solution is equally minimal; the data do not choose between them.</p>\n");
        if (chart is not null)
            Figure(w, chart, "Each case's membership in the first parsimonious solution (x) against the outcome (y). Points on or above the diagonal are consistent with sufficiency; the faint lines mark 0.5.");
        if (study.Comparison is { } comparison)
            w.Append("<p class=\"finding\">").Append(E(comparison)).Append("</p>\n");
        w.Append("</div>\n");
    }
}
