using System.Globalization;
using System.Text;
using Willing.Lifecycle.Cases;
using static Willing.Reports.Html.Html;

namespace Willing.Reports;

/// <summary>The "coalition of the leaving" section: each case's exits over time, its cascades, its partners' retention and a Cox model of exit hazard beside the published findings.</summary>
public static partial class HtmlReport
{
    private static string F(double value, string format = "0.00") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static void Lifecycles(StringBuilder w, ReportData data, ReportCharts charts)
    {
        if (data.Lifecycles.IsEmpty)
            return;
        w.Append("<section id=\"lifecycle\">\n<h2>The coalition of the leaving</h2>\n")
            .Append("<p>Cooper stresses that coalitions are “constantly in flux”: entry is courted, and exit comes as the risks of taking part grow — Spain after its 2004 election, ")
            .Append("Poland under casualties, Italy after hostage-takings (§3). Here every case with at least ").Append(ReportData.MinimumExits)
            .Append(" recorded exits, under the rules of <code>docs/lifecycle.md</code>: months counted from the case's start, members entering when they join, the leader left out, ")
            .Append("exits at the end of a mandate, at a host state's deadline or at a planned end of mission censored (they are not defections), the others counted as unilateral. ")
            .Append("<code>willing timeline ID</code>, <code>willing survival km|cox|cif|zph ID</code> and <code>willing survival export ID</code> give the same numbers, and other choices.</p>\n");

        w.Append("<table class=\"lifecycle\" id=\"lifecycle-table\"><thead><tr><th>case</th><th class=\"num\">members</th><th class=\"num\">left</th><th class=\"num\">unilaterally</th>")
            .Append("<th class=\"num\">subjects</th><th>largest cascade</th><th class=\"num\" title=\"Monte Carlo p of a cascade at least as large if exits were independent\">p</th><th>Cox model</th></tr></thead><tbody>\n");
        foreach (var l in data.Lifecycles)
        {
            string id = l.Case.Value;
            var c = l.Cascades;
            w.Append("<tr data-case=\"").Append(E(id)).Append("\"><td><a href=\"#case-").Append(E(id)).Append("\">").Append(E(id)).Append("</a></td><td class=\"num\">")
                .Append(l.Timeline.Members.Length).Append("</td><td class=\"num\">").Append(l.Timeline.Exits.Length).Append("</td><td class=\"num\">")
                .Append(l.Timeline.Exits.Count(e => e.Kind == ExitKind.Unilateral)).Append("</td><td class=\"num\">").Append(l.History.Subjects.Length).Append("</td><td>")
                .Append(c.Exits.IsEmpty ? "–" : E($"{c.Largest} of {c.Exits.Length} (independent: {F(c.ExpectedLargest, "0.0")})")).Append("</td><td class=\"num\">")
                .Append(c.Exits.IsEmpty ? "–" : F(c.PLargest, "0.000")).Append("</td><td>")
                .Append(l.Cox is null ? $"<span title=\"{E(l.CoxProblem ?? string.Empty)}\">{E(FirstSentence(l.CoxProblem ?? "–"))}</span>" : $"<a href=\"#lifecycle-{E(id)}\">{l.Cox.Events} exits, {l.Cox.Subjects ?? l.Cox.Rows} subjects</a>").Append("</td></tr>\n");
        }

        w.Append("</tbody></table>\n");
        foreach (var l in data.Lifecycles.Where(l => l.Cox is not null))
            LifecycleOfCase(w, data, l, charts.Lifecycles.FirstOrDefault(c => c.Timeline.Timeline.Case == l.Case));
        w.Append("</section>\n");
    }

    private static string FirstSentence(string text)
    {
        int end = text.IndexOf("; ", StringComparison.Ordinal);
        int stop = text.IndexOf(". ", StringComparison.Ordinal);
        if (stop >= 0 && (end < 0 || stop < end))
            end = stop;
        return end < 0 ? text : "no model: " + text[..end] + " …";
    }

    private static void LifecycleOfCase(StringBuilder w, ReportData data, CaseLifecycle l, (Charts.TimelineChart Timeline, Charts.CumulativeExitsChart Exits, Charts.RetentionChart Retention) charts)
    {
        string id = l.Case.Value;
        var cox = l.Cox!;
        w.Append("<div class=\"lifecycle-case\" id=\"lifecycle-").Append(E(id)).Append("\">\n<h3>").Append(E(data.Coalition(l.Case).Name)).Append(" <code>").Append(E(id)).Append("</code></h3>\n");
        if (charts.Timeline is not null)
        {
            Figure(w, charts.Timeline, "Each bar a partner that sent forces, from the month it joined to the month it left; a filled circle a unilateral exit, a hollow one a scheduled exit; triangles elections, squares casualties, diamonds hostage crises; an outlined mark is the event an exit names.");
            Figure(w, charts.Exits, "Members present and exits so far, month by month; the case's own recorded counts as points.");
            Figure(w, charts.Retention, "Kaplan–Meier retention of the partners with its 95% band (log scale, as R's survfit); + a censoring (a scheduled exit or the end of observation).");
        }

        // Cascades.
        var c = l.Cascades;
        w.Append("<h4>Exit cascades</h4>\n<p>").Append(E(string.Create(CultureInfo.InvariantCulture,
            $"An exit joins a cascade when it comes within {c.Options.WindowDays} days of the previous one (dated by its announcement when recorded), as far as the recorded dates make certain. Of {c.Exits.Length} unilateral exits, {c.Linked} came within the window of an earlier one (independent exits would give {c.ExpectedLinked:0.0}, p = {c.PLinked:0.000}); the largest cascade has {c.Largest} (independent: {c.ExpectedLargest:0.0}, p = {c.PLargest:0.000}; {c.Options.Draws} Monte Carlo draws, each exit redrawn over its member's own span, seed {c.Options.Seed}).")))
            .Append("</p>\n");
        if (!c.Cascades.IsEmpty)
        {
            w.Append("<table class=\"cascades\"><thead><tr><th>trigger</th><th>exits</th><th class=\"num\">days</th></tr></thead><tbody>\n");
            foreach (var k in c.Cascades)
                w.Append("<tr><td>").Append(E(k.Trigger?.Value ?? "–")).Append("</td><td>")
                    .Append(E(string.Join(", ", k.Exits.Select(e => $"{e.Member} ({e.Reason}, {e.Dated} {e.Date})")))).Append("</td><td class=\"num\">").Append(k.SpanDays).Append("</td></tr>\n");
            w.Append("</tbody></table>\n");
        }

        // The Cox model.
        w.Append("<h4>A Cox model of exit</h4>\n<p>").Append(E(string.Create(CultureInfo.InvariantCulture,
            $"Efron ties, one row per partner and month (start, stop], {cox.Rows} rows of {cox.Subjects ?? cox.Rows} partners, {cox.Events} unilateral exits; robust standard errors clustered by member. Likelihood-ratio test {cox.LikelihoodRatio.Statistic:0.00} on {cox.LikelihoodRatio.DegreesOfFreedom} df (p = {cox.LikelihoodRatio.P:0.000}); concordance {cox.Concordance.Value:0.00}.")))
            .Append("</p>\n<table class=\"cox\" id=\"cox-").Append(E(id)).Append("\"><thead><tr><th>covariate</th><th class=\"num\">hazard ratio</th><th class=\"num\">95% interval</th><th class=\"num\">robust se</th><th class=\"num\">p</th>")
            .Append(l.Zph is null ? string.Empty : "<th class=\"num\" title=\"cox.zph: a small p says the effect changes over time\">PH test p</th>").Append("</tr></thead><tbody>\n");
        foreach (var k in cox.Coefficients)
        {
            w.Append("<tr><td><code>").Append(E(k.Name)).Append("</code></td><td class=\"num\">").Append(F(k.HazardRatio)).Append("</td><td class=\"num\">")
                .Append(F(k.CiLow)).Append('–').Append(F(k.CiHigh)).Append("</td><td class=\"num\">").Append(F(k.RobustStandardError ?? k.StandardError)).Append("</td><td class=\"num\">")
                .Append(F(k.P, "0.000")).Append("</td>");
            if (l.Zph is { } zph)
                w.Append("<td class=\"num\">").Append(F(zph.Terms.FirstOrDefault(t => t.Name == k.Name)?.P ?? double.NaN, "0.000")).Append("</td>");
            w.Append("</tr>\n");
        }

        w.Append("</tbody></table>\n");
        if (!l.Findings.IsEmpty)
        {
            w.Append("<table class=\"findings\"><thead><tr><th>published finding</th><th>here</th><th>verdict</th></tr></thead><tbody>\n");
            foreach (var f in l.Findings)
                w.Append("<tr data-verdict=\"").Append(E(f.Verdict)).Append("\"><td>").Append(E($"{f.Finding.Study}: {f.Finding.Claim}")).Append(" <span class=\"note\">(").Append(E(f.Finding.Source))
                    .Append(")</span></td><td>").Append(E($"{f.Finding.Covariate}: hazard ratio {F(f.HazardRatio)} ({F(f.Low)}–{F(f.High)}), p = {F(f.P, "0.000")}")).Append("</td><td>")
                    .Append(E(f.Verdict)).Append("</td></tr>\n");
            w.Append("</tbody></table>\n");
        }

        w.Append("<p class=\"note\">").Append(E(string.Create(CultureInfo.InvariantCulture,
            $"n = {cox.Subjects ?? cox.Rows} partners and {cox.Events} exits: an effect has to be large to show at all, and an interval that includes 1 is absence of evidence, not evidence of absence. The covariates come only from the case's dated facts (elections, changes of government, casualty events, hostage crises); casualties recorded only as totals are not placed in time ({l.History.Notes.Count(n => n.Contains("dated casualty events", StringComparison.Ordinal))} members have undated deaths). The coding was not adjusted to reach a published result.")))
            .Append("</p>\n</div>\n");
    }
}
