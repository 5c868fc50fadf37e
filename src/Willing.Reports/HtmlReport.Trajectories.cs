using System.Text;
using Willing.Reports.Charts;
using Willing.Typology;
using static Willing.Reports.Html.Html;

namespace Willing.Reports;

/// <summary>The trajectories section: each case that declares periods, drawn and tabled period by period.</summary>
public static partial class HtmlReport
{
    private static void Trajectories(StringBuilder w, ReportData data, ReportCharts charts)
    {
        var trajectories = data.Trajectories.Where(t => !t.Periods.IsEmpty).ToList();
        if (trajectories.Count == 0)
            return;
        w.Append("<section id=\"trajectories\">\n<h2>Trajectories</h2>\n")
            .Append("<p>Each case whose file divides it into periods, scored period by period on the evidence dated within it: the coalition's path through the property space. ")
            .Append("Undated evidence counts in every period of its case (the table gives how many undated facts each period kept). ")
            .Append("In the charts the shaded band is the codebook's indeterminacy band around the crossover; a set undetermined in a period has no point there, and its line breaks.</p>\n");
        foreach (var t in trajectories)
        {
            string id = t.Case.Value;
            w.Append("<div class=\"trajectory\" id=\"trajectory-").Append(E(id)).Append("\">\n<h3><a href=\"#case-").Append(E(id)).Append("\">").Append(E(t.Name))
                .Append("</a> <code>").Append(E(id)).Append("</code></h3>\n");
            if (charts.Trajectories.FirstOrDefault(c => c.Name == $"trajectory-{id}") is { } chart)
            {
                Figure(w, chart, "Each line is one set across the periods, left to right in the file's order (1 = model-one pole); R is dashed. The table below gives the same numbers.",
                    describedBy: $"trajectory-table-{id}");
            }

            w.Append("<table class=\"trajectory\" id=\"trajectory-table-").Append(E(id)).Append("\"><thead><tr><th>period</th><th>span</th><th>model</th><th>cell</th>");
            foreach (var axis in AxisInfo.All)
                w.Append("<th class=\"num\" title=\"").Append(E(AxisLabels.WithPoles(axis))).Append("\">").Append(AxisInfo.Letter(axis)).Append("</th>");
            w.Append("<th class=\"num\">undated kept</th><th>flags</th></tr></thead><tbody>\n");
            foreach (var p in t.Periods)
            {
                w.Append("<tr data-period=\"").Append(E(TrajectoryChart.Label(p))).Append("\"><td><strong>").Append(E(TrajectoryChart.Label(p))).Append("</strong>");
                if (p.PeriodName is { } name)
                    w.Append("<br><span class=\"note\">").Append(E(name)).Append("</span>");
                w.Append("</td><td class=\"nowrap\">").Append(E(p.PeriodSpan ?? "–")).Append("</td><td>").Append(Badge(p.Model)).Append("</td><td>");
                CellCode(w, p);
                w.Append("</td>");
                Memberships(w, p);
                w.Append("<td class=\"num\">").Append(p.UndatedKept is { } kept ? kept.ToString(System.Globalization.CultureInfo.InvariantCulture) : "–").Append("</td><td>");
                if (p.Flags.IsEmpty)
                    w.Append('–');
                else
                    w.AppendJoin("<br>", p.Flags.Select(f => $"<span class=\"flag\">{E(f)}</span>"));
                w.Append("</td></tr>\n");
            }

            w.Append("</tbody></table>\n</div>\n");
        }

        w.Append("</section>\n");
    }
}
