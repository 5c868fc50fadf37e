using System.Globalization;
using System.Text;
using static Willing.Reports.Html.Html;

namespace Willing.Reports;

/// <summary>The coordination networks section: the paper's contrasting cases drawn side by side, and every case's network in numbers.</summary>
public static partial class HtmlReport
{
    /// <summary>Whether the report has a networks section: some case's coordination network has a link.</summary>
    private static bool HasNetworks(ReportData data) => data.Networks.Any(n => n.Links > 0);

    private static void Networks(StringBuilder w, ReportData data, ReportCharts charts)
    {
        if (!HasNetworks(data))
            return;
        w.Append("<section id=\"networks\">\n<h2>Coordination networks</h2>\n")
            .Append("<p>Each case's members and prospects, linked by their sourced ties and by the events and standing bodies they share ")
            .Append("(opposition ties are not coordination, groups of states are no node, and published lists are rosters, not meetings). Cooper's model one is a hub and its spokes; model two a web of middle powers and NGOs. ")
            .Append("Two centralizations are given: of the whole network, and of the direct ties alone, which is what the typology's H1 reads, since a shared event of k participants becomes a clique of k(k − 1)/2 links once projected onto actors and so weighs the size of meetings. ")
            .Append("In the drawings a circle's colour is the actor's kind and its size its degree; members are filled, prospects outlined; a line is as wide as the ties and shared events behind it. ")
            .Append("The layout is force-directed from a fixed seed (").Append(ReportCharts.NetworkSeed.ToString(CultureInfo.InvariantCulture))
            .Append("), so distances mean more than directions; <code>willing network draw ID</code> draws any case, with <code>--scope all</code> for everyone a file names.</p>\n");
        if (!charts.Networks.IsEmpty)
        {
            w.Append("<div class=\"networks\">\n");
            foreach (var chart in charts.Networks)
            {
                var n = chart.Summary;
                string id = n.Case.Value;
                w.Append("<div class=\"network\" id=\"network-").Append(E(id)).Append("\">\n<h3><a href=\"#case-").Append(E(id)).Append("\">").Append(E(data.Coalition(n.Case).Name))
                    .Append("</a> <code>").Append(E(id)).Append("</code></h3>\n");
                Figure(w, chart, $"Degree centralization {Centralization(n)} (direct ties alone {ReportText.Number(n.TieCentralization)}) · {Count(n.Nodes, "node")} · {Count(n.Links, "link")}"
                    + (n.Components > 1 ? $" · {n.Components} components" : string.Empty) + ".", describedBy: "network-table");
                w.Append("</div>\n");
            }

            w.Append("</div>\n");
        }

        w.Append("<table class=\"networks\" id=\"network-table\"><thead><tr><th>case</th><th class=\"num\">nodes</th><th class=\"num\">links</th>")
            .Append("<th class=\"num\">components</th><th class=\"num\">density</th><th class=\"num\" title=\"Freeman: 1 for a star, 0 when every actor has the same degree\">degree centralization</th><th class=\"num\" title=\"the same on the direct ties alone, among the actors that have one (H1)\">of direct ties</th></tr></thead><tbody>\n");
        foreach (var n in data.Networks)
        {
            string id = n.Case.Value;
            w.Append("<tr data-case=\"").Append(E(id)).Append("\"><td><a href=\"#case-").Append(E(id)).Append("\">").Append(E(id)).Append("</a></td><td class=\"num\">").Append(n.Nodes)
                .Append("</td><td class=\"num\">").Append(n.Links).Append("</td><td class=\"num\">").Append(n.Components).Append("</td><td class=\"num\">").Append(ReportText.Number(n.Density))
                .Append("</td><td class=\"num\">").Append(Centralization(n)).Append("</td><td class=\"num\">").Append(ReportText.Number(n.TieCentralization)).Append("</td></tr>\n");
        }

        w.Append("</tbody></table>\n<p class=\"note\">Density and centralization count each linked pair once, whatever its weight; “–” where the network is too small to have them (density under two actors, centralization under three).</p>\n</section>\n");
    }

    private static string Centralization(NetworkSummary n) => ReportText.Number(n.DegreeCentralization);
}
