using System.Globalization;
using System.Text;
using Willing.Core.Model;
using Willing.Core.Sources;
using Willing.Reports.Charts;
using Willing.Reports.Html;
using Willing.Typology;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;
using static Willing.Reports.Html.Html;

namespace Willing.Reports;

/// <summary>
/// The comparative report over a case base as one self-contained HTML file: inline CSS, charts as
/// inline SVG, no scripts and no external resources, so that it can be mailed, archived or opened
/// offline. Every piece of text from the data is HTML-encoded.
/// </summary>
/// <remarks>
/// Sections: an introduction (the two models, the axes and their poles, the codebook), the table of
/// cases, the typology maps and comparisons, the property space with all thirty-two cells, the
/// validation (the paper's placements against Willing's, and why they part), the paper's cases against
/// the others (which cells the cases beyond the paper fill, which stay empty), the trajectories of the
/// cases that declare periods, the lineage (a diagram of the antecedent links over the table of
/// them), the coordination networks (the paper's contrasting cases drawn side by side, every case in
/// numbers), the sources, and one section per case (anchor <c>#case-ID</c>) explaining every axis
/// down to its dimensions, bounds, coverage, the facts and sources. The navigation links every section.
/// Deterministic: the same data gives the same text, with no timestamp.
/// </remarks>
public static partial class HtmlReport
{
    /// <summary>Renders the report with the charts <see cref="ReportCharts.For"/> gives.</summary>
    public static string Render(ReportData data) => Render(data, ReportCharts.For(data));

    /// <summary>Renders the report with the given charts.</summary>
    public static string Render(ReportData data, ReportCharts charts)
    {
        var w = new StringBuilder();
        w.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Coalitions of the willing: the typology report</title>\n<style>\n")
            .Append(ReportStyles.Css).Append("\n</style>\n</head>\n<body>\n");
        Header(w, data);
        w.Append("<main>\n");
        Introduction(w, data);
        CaseTable(w, data);
        Maps(w, charts);
        Space(w, data);
        Validation(w, data);
        BeyondThePaper(w, data);
        Trajectories(w, data, charts);
        Lineage(w, data, charts);
        Networks(w, data, charts);
        Lifecycles(w, data, charts);
        Qca(w, data, charts);
        Simulations(w, data, charts);
        SourceQuality(w, data);
        foreach (var (coalition, classification, profile) in data.Coalitions.Zip(data.Classifications, charts.Profiles))
            Case(w, data, coalition, classification, profile);
        w.Append("</main>\n");
        w.Append("<footer>Made with Willing (<code>willing report</code>) from the codebook “").Append(E(data.Codebook.Name))
            .Append("”. After Andrew F. Cooper, “Stretching the Model of ‘Coalitions of the Willing’”, CIGI Working Paper 1, 2005. ")
            .Append("Memberships are fuzzy-set scores computed from sourced case data; every anchor is a design proposal, not a published number.</footer>\n");
        w.Append("</body>\n</html>\n");
        return w.ToString();
    }

    private static void Header(StringBuilder w, ReportData data)
    {
        var validation = data.Validation;
        w.Append("<header class=\"top\">\n<h1>Coalitions of the willing: where the cases stand</h1>\n<p>")
            .Append(E($"{Count(data.Coalitions.Length, "coalition")} placed on Andrew F. Cooper's axes from their sourced data: "
                + $"{Count(data.Classifications.Count(c => c.Model == ModelKind.One), "case")} of model one, "
                + $"{Count(data.Classifications.Count(c => c.Model == ModelKind.Two), "case")} of model two, "
                + $"{data.Classifications.Count(c => c.Model == ModelKind.Hybrid)} hybrid, "
                + $"{data.Classifications.Count(c => c.Model == ModelKind.Undetermined)} undetermined."
                + (validation.WithExpectation == 0 ? string.Empty : $" {validation.Agreeing} of {validation.WithExpectation} of the paper's placements land where an expert reading of it puts them.")))
            .Append("</p>\n</header>\n<nav class=\"toc\"><a href=\"#introduction\">Introduction</a><a href=\"#cases\">Cases</a>")
            .Append("<a href=\"#map\">Typology map</a><a href=\"#property-space\">Property space</a>");
        if (!validation.Rows.IsEmpty)
            w.Append("<a href=\"#validation\">Validation</a>");
        if (data.Coalitions.Any(c => c.Cooper is not null) && data.Coalitions.Any(c => c.Cooper is null))
            w.Append("<a href=\"#beyond-the-paper\">Beyond the paper</a>");
        if (data.Trajectories.Any(t => !t.Periods.IsEmpty))
            w.Append("<a href=\"#trajectories\">Trajectories</a>");
        if (!data.Lineage.IsEmpty)
            w.Append("<a href=\"#lineage\">Lineage</a>");
        if (HasNetworks(data))
            w.Append("<a href=\"#networks\">Coordination networks</a>");
        if (!data.Lifecycles.IsEmpty)
            w.Append("<a href=\"#lifecycle\">The coalition of the leaving</a>");
        if (!data.Qca.IsEmpty)
            w.Append("<a href=\"#qca\">Configurations (QCA)</a>");
        if (!data.Simulations.IsEmpty)
            w.Append("<a href=\"#simulation\">Simulation</a>");
        w.Append("<a href=\"#sources\">Sources</a>");
        foreach (var c in data.Classifications)
            w.Append("<a href=\"#case-").Append(E(c.Case.Value)).Append("\">").Append(E(c.Case.Value)).Append("</a>");
        w.Append("</nav>\n");
    }

    private static void Introduction(StringBuilder w, ReportData data)
    {
        w.Append("<section id=\"introduction\">\n<h2>Introduction</h2>\n")
            .Append("<p>Cooper contrasts two models of “coalitions of the willing”. Willing measures each coalition on four axes and a fifth, cross-cutting set, ")
            .Append("and places it by where its numbers put it, never by a label typed in.</p>\n<div class=\"models\">\n")
            .Append("<div class=\"one\"><h3>Model one: top-down</h3><p>The 2003 Iraq coalition: a hub and its spokes around one leader, ")
            .Append("states only, members drawn by power, payments or pressure, set off by a hard-security crisis. Cell <code>1111</code>.</p></div>\n")
            .Append("<div class=\"two\"><h3>Model two: bottom-up</h3><p>The landmines ban and the International Criminal Court: networks of middle powers ")
            .Append("and NGOs, drawn by norms and status, built over years. Cell <code>0000</code>.</p></div>\n</div>\n")
            .Append("<h3>The axes and their poles</h3>\n<p>Each set is a fuzzy set: membership runs from 0 to 1, and <strong>1 is always the model-one pole</strong>. ")
            .Append("0.5 is the crossover, the point of greatest ambiguity.</p>\n")
            .Append("<table><thead><tr><th>set</th><th>question</th><th>1 (model one)</th><th>0 (model two)</th><th>codebook rule</th></tr></thead><tbody>\n");
        foreach (var axis in AxisInfo.All)
        {
            w.Append("<tr><td><strong>").Append(E(AxisLabels.Title(axis))).Append("</strong></td><td>").Append(E(Question(axis)))
                .Append("</td><td>").Append(E(AxisInfo.ModelOnePole(axis))).Append("</td><td>").Append(E(AxisInfo.ModelTwoPole(axis)))
                .Append("</td><td><code>").Append(E(data.Codebook.Rules.TryGetValue(axis, out var rule) ? rule.ToString() : "–")).Append("</code></td></tr>\n");
        }

        w.Append("</tbody></table>\n")
            .Append("<p>A case's <strong>cell</strong> is the cell of H, C, S, T, R in which its membership is above 0.5, five digits. Its model comes from the four-axis corner H C S T: <code>1111</code> is model one, ")
            .Append("<code>0000</code> model two, and every other corner a hybrid. R, “circumvents established institutions”, is shared by both pure models ")
            .Append("and separates the UN-authorised hybrids (<code>…0</code>) from an end-run (<code>…1</code>). Each axis is built from its constitutive dimensions; an axis with fewer dimensions measured than the codebook's coverage rule asks is undetermined, and so is the case's model. <strong>Indeterminacy</strong> (formerly “hybridity”) is 1 minus the case's largest four-axis corner membership (0 in a pure corner, 0.5 at most); ")
            .Append("the <strong>distances</strong> to model one and model two are Euclidean distances to the ideal corners over H, C, S, T, scaled to 0–1; distances between cases also count R.</p>\n")
            .Append("<p>Codebook: <strong>").Append(E(data.Codebook.Name)).Append("</strong>, ")
            .Append(E($"{Count(data.Codebook.Indicators.Length, "indicator")}; calibration by Ragin's direct method, convention {ReportText.Convention(data.Codebook.Convention)}."))
            .Append("</p>\n</section>\n");
    }

    private static void Lineage(StringBuilder w, ReportData data, ReportCharts charts)
    {
        var graph = data.Lineage;
        if (graph.IsEmpty)
            return;
        w.Append("<section id=\"lineage\">\n<h2>Lineage</h2>\n<p>Each coalition's antecedents, as the case files record them: the earlier case, the relation and the lesson drawn. ")
            .Append("Links marked <em>reading</em> are the paper's interpretation, not evidence about the cases.</p>\n");
        if (charts.LineageDiagram is { } chart)
        {
            Figure(w, chart, "Each box is a case at the year its period began; each arrow runs from an antecedent to the coalition that names it, with the relation and the lesson "
                + "(the whole lesson and its sources show when the pointer rests on the arrow). A dashed box is an antecedent named but not in the case base. "
                + "The table below lists the same links.", describedBy: "lineage-table");
        }

        w.Append("<table class=\"lineage\" id=\"lineage-table\"><thead><tr><th>earlier</th><th></th><th>later</th><th>relation</th><th>lesson</th></tr></thead><tbody>\n");
        foreach (var link in graph.Links)
        {
            w.Append("<tr><td>");
            if (graph.Node(link.Earlier).InCaseBase)
                w.Append("<a href=\"#case-").Append(E(link.Earlier.Value)).Append("\">").Append(E(link.Earlier.Value)).Append("</a>");
            else
                w.Append(E(link.Earlier.Value)).Append(" <span class=\"note\">(not in the case base)</span>");
            w.Append("</td><td>→</td><td><a href=\"#case-").Append(E(link.Later.Value)).Append("\">").Append(E(link.Later.Value)).Append("</a></td><td>")
                .Append(E(KebabCase.Name(link.Relation))).Append(link.Antecedent.Provenance.IsReading ? " <em>reading</em>" : string.Empty)
                .Append("</td><td>").Append(E(link.Antecedent.Lesson ?? "–")).Append("</td></tr>\n");
        }

        w.Append("</tbody></table>\n</section>\n");
    }

    private static void SourceQuality(StringBuilder w, ReportData data)
    {
        var mixes = data.Coalitions.Select(SourceMix.Of).ToList();
        var kinds = Enum.GetValues<SourceKind>().Select(KebabCase.Name).ToList();
        w.Append("<section id=\"sources\">\n<h2>Sources</h2>\n<p>The sources each case file declares, by kind, and how many of its facts rest only on weak sources ")
            .Append("(blogs, forums, proxy addresses), only on mirrors, or only on the paper (<code>willing cases sources</code> lists them).</p>\n")
            .Append("<table class=\"sources\"><thead><tr><th>case</th><th class=\"num\">sources</th>");
        foreach (var k in kinds)
            w.Append("<th class=\"num\">").Append(E(k)).Append("</th>");
        w.Append("<th class=\"num\">facts</th><th class=\"num\">weak only</th><th class=\"num\">mirrors only</th><th class=\"num\">paper only</th></tr></thead><tbody>\n");
        foreach (var m in mixes)
        {
            w.Append("<tr><td><a href=\"#case-").Append(E(m.Case.Value)).Append("\">").Append(E(m.Case.Value)).Append("</a></td><td class=\"num\">").Append(m.Sources).Append("</td>");
            foreach (var k in kinds)
                w.Append("<td class=\"num\">").Append(m.ByKind.GetValueOrDefault(k)).Append("</td>");
            w.Append("<td class=\"num\">").Append(m.Facts).Append("</td><td class=\"num\">").Append(m.WeakOnly.Length).Append("</td><td class=\"num\">")
                .Append(m.MirrorOnly.Length).Append("</td><td class=\"num\">").Append(m.PaperOnly.Length).Append("</td></tr>\n");
        }

        w.Append("</tbody></table>\n</section>\n");
    }

    private static void CaseTable(StringBuilder w, ReportData data)
    {
        w.Append("<section id=\"cases\">\n<h2>The cases</h2>\n<table class=\"cases\"><thead><tr><th>case</th><th>period</th><th>model</th><th>cell</th>");
        foreach (var axis in AxisInfo.All)
            w.Append("<th class=\"num\" title=\"").Append(E(AxisLabels.WithPoles(axis))).Append("\">").Append(AxisInfo.Letter(axis)).Append("</th>");
        w.Append("<th class=\"num\">indeterminacy</th><th class=\"num dist\">distance to model one</th><th class=\"num dist\">distance to model two</th></tr></thead><tbody>\n");
        foreach (var (coalition, c) in data.Coalitions.Zip(data.Classifications))
        {
            w.Append("<tr><td><a href=\"#case-").Append(E(c.Case.Value)).Append("\">").Append(E(c.Case.Value)).Append("</a><br><span class=\"note\">")
                .Append(E(c.Name)).Append("</span></td><td class=\"nowrap\">").Append(E(ReportText.Period(coalition.Period))).Append("</td><td>").Append(Badge(c.Model))
                .Append("</td><td>");
            CellCode(w, c);
            w.Append("</td>");
            Memberships(w, c);
            w.Append("<td class=\"num\">").Append(ReportText.Number(c.Indeterminacy)).Append("</td><td class=\"num\">").Append(ReportText.Number(c.DistanceOne))
                .Append("</td><td class=\"num\">").Append(ReportText.Number(c.DistanceTwo)).Append("</td></tr>\n");
        }

        w.Append("</tbody></table>\n<p class=\"note\">Memberships shaded red lean to the model-one pole, blue to the model-two pole; “–” is no data, never 0.</p>\n</section>\n");
    }

    /// <summary>The case's cell code, titled with the cell's name, or "–" when it has none.</summary>
    private static void CellCode(StringBuilder w, CaseClassification c)
    {
        if (c.Cell is { } cell)
            w.Append("<code title=\"").Append(E(cell.Name)).Append("\">").Append(cell.Code).Append("</code>");
        else
            w.Append('–');
    }

    /// <summary>One shaded cell per set, H C S T R.</summary>
    private static void Memberships(StringBuilder w, CaseClassification c)
    {
        foreach (var axis in AxisInfo.All)
            Membership(w, c[axis].Membership);
    }

    private static void Maps(StringBuilder w, ReportCharts charts)
    {
        w.Append("<section id=\"map\">\n<h2>The typology map</h2>\n")
            .Append("<p>Each case at its memberships on two sets, coloured by the model its cell belongs to. The dashed lines are the crossovers; ")
            .Append("each quadrant is named by the poles it joins.</p>\n");
        Figure(w, charts.OrganizationMotivation, MapCaption(charts.OrganizationMotivation));
        Figure(w, charts.ActornessTrigger, MapCaption(charts.ActornessTrigger));
        if (!charts.Comparisons.IsEmpty)
        {
            w.Append("<h3>Cases side by side</h3>\n");
            foreach (var chart in charts.Comparisons)
                Figure(w, chart, "Each line is one case across the five sets; a set without data breaks the line.");
        }

        w.Append("</section>\n");
    }

    private static string MapCaption(TypologyMapChart chart) => chart.Omitted.IsEmpty
        ? $"{AxisLabels.WithPoles(chart.X)} (across) against {AxisLabels.WithPoles(chart.Y)} (up)."
        : $"{AxisLabels.WithPoles(chart.X)} (across) against {AxisLabels.WithPoles(chart.Y)} (up). Not shown, for want of data: {string.Join(", ", chart.Omitted.Select(c => c.Case.Value))}.";

    private static void Space(StringBuilder w, ReportData data)
    {
        w.Append("<section id=\"property-space\">\n<h2>The property space</h2>\n")
            .Append("<p>All sixteen corners of H, C, S, T (Lazarsfeld; Elman 2005), with the cases whose membership in the corner is above 0.5. ")
            .Append("An empty cell carries the codebook's tag: <span class=\"tag tag-logically-impossible\">logically impossible</span> (theory rules it out), ")
            .Append("<span class=\"tag tag-empirically-empty\">empirically empty</span> (possible, but no case is in it) or ")
            .Append("<span class=\"tag tag-theorised-future-type\">theorised future type</span> (a type the paper foresees).</p>\n<div class=\"space\">\n<div class=\"head\"></div>");
        bool[] order = [true, false];
        foreach (bool s in order)
        {
            foreach (bool t in order)
            {
                w.Append("<div class=\"head\">S=").Append(Bit(s)).Append(" T=").Append(Bit(t)).Append("<br><span class=\"cellname\">")
                    .Append(E($"{AxisLabels.Pole(Axis.Actorness, s)}, {AxisLabels.Pole(Axis.Trigger, t)}")).Append("</span></div>");
            }
        }

        w.Append('\n');
        foreach (bool h in order)
        {
            foreach (bool c in order)
            {
                w.Append("<div class=\"head\">H=").Append(Bit(h)).Append(" C=").Append(Bit(c)).Append("<br><span class=\"cellname\">")
                    .Append(E($"{AxisLabels.Pole(Axis.Organization, h)}, {AxisLabels.Pole(Axis.Motivation, c)}")).Append("</span></div>\n");
                foreach (bool s in order)
                {
                    foreach (bool t in order)
                    {
                        // Each corner H C S T holds its two cells, R = 1 (circumventing) above R = 0 (through institutions).
                        w.Append("<div class=\"pair\">");
                        foreach (bool r in order)
                            SpaceCell(w, data.Space.Cells.Single(x => x.Cell == new PropertyCell(h, c, s, t, r)));
                        w.Append("</div>");
                    }
                }
            }
        }

        w.Append("</div>\n");
        if (!data.Space.Unplaced.IsEmpty)
        {
            w.Append("<p><strong>Not placed</strong> (an axis without data or exactly at the crossover): ");
            w.AppendJoin(", ", data.Space.Unplaced.Select(u => $"<a href=\"#case-{E(u.Case.Value)}\">{E(u.Case.Value)}</a>"));
            w.Append("</p>\n");
        }

        w.Append("</section>\n");
    }

    private static void SpaceCell(StringBuilder w, SpaceCell cell)
    {
        string modelClass = cell.Cell.Model switch
        {
            ModelKind.One => " model-one-cell",
            ModelKind.Two => " model-two-cell",
            _ => string.Empty,
        };
        w.Append("<div class=\"cell ").Append(cell.Cases.IsEmpty ? "empty" : "occupied").Append(modelClass).Append("\" id=\"cell-").Append(cell.Cell.Code).Append("\">")
            .Append("<span class=\"code\">").Append(cell.Cell.Code).Append("</span> <span class=\"cellname\">").Append(E(cell.Cell.Name)).Append("</span>");
        if (cell.Cases.IsEmpty)
        {
            var tag = cell.EmptyTag ?? EmptyCellTag.EmpiricallyEmpty;
            w.Append("<br><span class=\"tag tag-").Append(TagClass(tag)).Append("\">").Append(E(TagText(tag))).Append("</span>");
        }
        else
        {
            w.Append("<ul>");
            foreach (var m in cell.Cases)
            {
                w.Append("<li><a href=\"#case-").Append(E(m.Case.Value)).Append("\">").Append(E(m.Case.Value)).Append("</a> ")
                    .Append(ReportText.Number(m.Membership)).Append("</li>");
            }

            w.Append("</ul>");
        }

        if (cell.Annotation is { } a)
        {
            if (a.Label is not null)
                w.Append("<div><strong>").Append(E(a.Label)).Append("</strong></div>");
            if (a.Note is not null || a.Passage is not null)
            {
                w.Append("<div class=\"note\">").Append(E(a.Note));
                if (a.Passage is not null)
                    w.Append(a.Note is null ? string.Empty : " ").Append('(').Append(E(a.Passage)).Append(')');
                w.Append("</div>");
            }
        }

        w.Append("</div>\n");
    }

    private static void Case(StringBuilder w, ReportData data, Coalition coalition, CaseClassification c, AxisProfileChart profile)
    {
        w.Append("<section class=\"case\" id=\"case-").Append(E(c.Case.Value)).Append("\">\n<h2>").Append(E(c.Name))
            .Append(" <code>").Append(E(c.Case.Value)).Append("</code></h2>\n<p class=\"meta\">").Append(E(ReportText.Period(coalition.Period)))
            .Append(" · ").Append(Badge(c.Model));
        if (c.Cell is { } cell)
            w.Append(" · cell <a href=\"#cell-").Append(cell.Code).Append("\"><code>").Append(cell.Code).Append("</code></a> ").Append(E(cell.Name));
        w.Append("<br>membership in model one ").Append(ReportText.Number(c.MembershipOne)).Append(", in model two ").Append(ReportText.Number(c.MembershipTwo))
            .Append(" · indeterminacy ").Append(ReportText.Number(c.Indeterminacy)).Append(" · distance to model one ").Append(ReportText.Number(c.DistanceOne))
            .Append(", to model two ").Append(ReportText.Number(c.DistanceTwo));
        if (data.Validation.Rows.FirstOrDefault(r => r.Case == c.Case) is { } row)
            PaperLine(w, row);
        w.Append("</p>\n<p>").Append(E(coalition.Summary)).Append("</p>\n");
        if (!c.Flags.IsEmpty)
        {
            w.Append("<div class=\"flags\">");
            w.AppendJoin("<br>", c.Flags.Select(E));
            w.Append("</div>\n");
        }

        Figure(w, profile, "Each bar runs from the crossover 0.5 towards the pole the case leans to.");
        w.Append("<h3>How each set was reached</h3>\n");
        foreach (var axis in c.Axes)
            AxisExplanation(w, coalition, c, axis);
        Sources(w, coalition);
        w.Append("<p class=\"note\"><a href=\"#cases\">Back to the table of cases</a></p>\n</section>\n");
    }

    private static void AxisExplanation(StringBuilder w, Coalition coalition, CaseClassification c, AxisScore axis)
    {
        string key = AxisInfo.Key(axis.Axis);
        var flags = c.Flags.Where(f => f.EndsWith($":{key}", StringComparison.Ordinal)).ToList();
        w.Append("<div class=\"axis\" data-axis=\"").Append(key).Append("\">\n<h4>").Append(E(AxisLabels.Title(axis.Axis))).Append(" = ").Append(ReportText.Number(axis.Membership))
            .Append(" <span class=\"bounds\" title=\"the membership with every indicator without data set to 0, and to 1\">").Append(Bounds(axis)).Append("</span>")
            .Append(" <span class=\"coverage\">").Append(E(Coverage(axis))).Append("</span>");
        foreach (string flag in flags)
            w.Append(" <span class=\"flag\">").Append(E(flag)).Append("</span>");
        w.Append(" <span class=\"note\">(").Append(E($"1 = {AxisInfo.ModelOnePole(axis.Axis)}; 0 = {AxisInfo.ModelTwoPole(axis.Axis)}")).Append(")</span></h4>\n")
            .Append("<p>Rule <code>").Append(E(axis.Rule)).Append("</code>, applied: <code>").Append(E(axis.Applied)).Append("</code>");
        if (axis.Membership is null)
            w.Append(" — <em>undetermined: too few of its dimensions have data for the coverage rule, so the set is left empty, not scored 0</em>");
        w.Append("</p>\n");
        if (!axis.Dimensions.IsEmpty)
        {
            w.Append("<table class=\"dimensions\"><thead><tr><th>dimension</th><th>rule, applied</th><th class=\"num\">membership</th></tr></thead><tbody>\n");
            foreach (var d in axis.Dimensions)
            {
                w.Append("<tr><td><strong>").Append(E(d.Id)).Append("</strong> ").Append(E(d.Name)).Append("</td><td><code>").Append(E(d.Applied)).Append("</code></td>")
                    .Append(d.Membership is { } m ? $"<td class=\"num\">{ReportText.Number(m)}</td>" : "<td class=\"num missing\" title=\"no data\">–</td>").Append("</tr>\n");
            }

            w.Append("</tbody></table>\n");
        }

        w.Append("<table><thead><tr><th>indicator</th><th class=\"num\">raw</th><th>computation</th><th>calibration</th><th class=\"num\">membership</th></tr></thead><tbody>\n");
        foreach (var i in axis.Indicators)
        {
            w.Append("<tr><td><strong>").Append(E(i.Id)).Append("</strong> ").Append(E(i.Name)).Append("</td>");
            if (i.HasData)
            {
                w.Append("<td class=\"num\">").Append(E(RawText(i))).Append("</td><td>").Append(E(i.Computation)).Append("</td><td>")
                    .Append(E(i.Calibration)).Append("</td><td class=\"num\">").Append(ReportText.Number(i.Membership)).Append("</td></tr>\n");
            }
            else
            {
                w.Append("<td class=\"missing num\">no data</td><td class=\"missing\" colspan=\"2\">").Append(E(i.MissingReason ?? "no data"))
                    .Append("</td><td class=\"missing num\">–</td></tr>\n");
            }
        }

        w.Append("</tbody></table>\n");
        foreach (var i in axis.Indicators.Where(i => !i.Evidence.IsEmpty))
        {
            w.Append("<details><summary>").Append(E(i.Id)).Append(": ").Append(E(Count(i.Evidence.Length, "fact"))).Append(" behind the raw value</summary><ul>\n");
            foreach (var e in i.Evidence)
            {
                w.Append("<li>").Append(E(e.Fact));
                if (!e.Sources.IsEmpty)
                {
                    w.Append(" — ");
                    w.AppendJoin(", ", e.Sources.Select(s => SourceRef(coalition, s)));
                }

                w.Append("</li>\n");
            }

            w.Append("</ul></details>\n");
        }

        w.Append("</div>\n");
    }

    private static void Sources(StringBuilder w, Coalition coalition)
    {
        if (coalition.Sources.IsEmpty)
            return;
        w.Append("<h3>Sources</h3>\n<ol class=\"sources\">\n");
        foreach (var s in coalition.Sources)
        {
            w.Append("<li><code>").Append(E(s.Id.Value)).Append("</code> ");
            if (SafeHref(s.Url) is { } href)
                w.Append("<a href=\"").Append(E(href)).Append("\" rel=\"noopener noreferrer\">").Append(E(s.Citation ?? href)).Append("</a>");
            else
                w.Append("<cite>").Append(E(s.Display)).Append("</cite>");
            if (s.Note is not null)
                w.Append(" <span class=\"note\">").Append(E(s.Note)).Append("</span>");
            w.Append("</li>\n");
        }

        w.Append("</ol>\n");
    }

    /// <summary>A source as a link when it has a safe address, else its citation; an undeclared id is shown as it is.</summary>
    private static string SourceRef(Coalition coalition, SourceId id)
    {
        var source = coalition.Sources.FirstOrDefault(s => s.Id == id);
        if (source is null)
            return $"<cite>{E(id.Value)}</cite>";
        string title = source.Citation is null ? string.Empty : $" title=\"{E(source.Citation)}\"";
        return SafeHref(source.Url) is { } href
            ? $"<a href=\"{E(href)}\"{title} rel=\"noopener noreferrer\">{E(id.Value)}</a>"
            : $"<cite{title}>{E(source.Display)}</cite>";
    }

    /// <summary>A chart as a figure; <paramref name="describedBy"/> names the element (a table) that gives the same data as text.</summary>
    private static void Figure(StringBuilder w, Chart chart, string caption, string? describedBy = null)
    {
        w.Append("<figure class=\"chart\" id=\"chart-").Append(E(chart.Name)).Append("\" role=\"img\" aria-label=\"").Append(E(chart.Title)).Append('"')
            .Append(describedBy is null ? string.Empty : $" aria-describedby=\"{E(describedBy)}\"").Append(">\n")
            .Append(SvgDocument.Inline(chart.ToSvg())).Append("\n<figcaption>").Append(E(caption)).Append("</figcaption>\n</figure>\n");
    }

    private static void Membership(StringBuilder w, double? membership)
    {
        if (membership is not { } m)
        {
            w.Append("<td class=\"num missing\" title=\"no data\">–</td>");
            return;
        }

        // Shade by the distance from the crossover, towards the pole the case leans to.
        double strength = Math.Abs(m - 0.5) * 2 * 0.35;
        string rgb = m >= 0.5 ? "192,57,43" : "31,111,178";
        w.Append("<td class=\"num\" style=\"background: rgba(").Append(rgb).Append(',')
            .Append(strength.ToString("0.00", CultureInfo.InvariantCulture)).Append(")\">").Append(ReportText.Number(m)).Append("</td>");
    }

    /// <summary>The bounds of a set: "[0.00, 0.33]", what the rules give with every indicator without data at 0 and at 1.</summary>
    private static string Bounds(AxisScore axis) => $"[{ReportText.Number(axis.Low)}, {ReportText.Number(axis.High)}]";

    /// <summary>The coverage of a set: "2 of 4 dimensions measured, 2 required".</summary>
    private static string Coverage(AxisScore axis) =>
        $"{axis.Measured} of {axis.Terms} {(axis.Dimensions.IsEmpty ? "indicators" : "dimensions")} measured, {axis.MinMeasured} required";

    /// <summary>The raw value: the number, or the category of an ordinal indicator.</summary>
    private static string RawText(IndicatorValue i) => i.Raw is { } raw ? ReportText.Raw(raw) : i.Category ?? "–";

    private static string Badge(ModelKind model) =>
        $"<span class=\"badge model-{model.ToString().ToLowerInvariant()}\">{E(ReportText.Model(model))}</span>";

    private static string Question(Axis axis) => axis switch
    {
        Axis.Organization => "how is it organised?",
        Axis.Motivation => "why do members join?",
        Axis.Actorness => "with whom?",
        Axis.Trigger => "under what conditions?",
        _ => "in relation to established institutions?",
    };

    private static string TagClass(EmptyCellTag tag) => tag switch
    {
        EmptyCellTag.LogicallyImpossible => "logically-impossible",
        EmptyCellTag.TheorisedFutureType => "theorised-future-type",
        EmptyCellTag.TheoreticallyUnexpected => "theoretically-unexpected",
        _ => "empirically-empty",
    };

    /// <summary>The tag in words: "logically impossible", "empirically empty" or "theorised future type".</summary>
    internal static string TagText(EmptyCellTag tag) => TagClass(tag).Replace('-', ' ');

    private static string Bit(bool b) => b ? "1" : "0";

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
