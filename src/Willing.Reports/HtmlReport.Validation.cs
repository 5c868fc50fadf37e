using System.Text;
using Willing.Core.Model;
using Willing.Reports.Validation;
using Willing.Typology;
using Willing.Typology.Classification;
using static Willing.Reports.Html.Html;

namespace Willing.Reports;

/// <summary>The validation section: the paper's placements against Willing's, and the findings where they part.</summary>
public static partial class HtmlReport
{
    /// <summary>How many facts a finding quotes for each set before it says how many more there are.</summary>
    private const int FactsPerFinding = 3;

    /// <summary>How long a quoted fact may be before it is shortened.</summary>
    private const int FactLength = 180;

    private static void Validation(StringBuilder w, ReportData data)
    {
        var v = data.Validation;
        if (v.Rows.IsEmpty)
            return;
        int none = v.Count(ValidationVerdict.NoExpectation);
        w.Append("<section id=\"validation\">\n<h2>Validation: the paper's placements against Willing's</h2>\n")
            .Append("<p class=\"agreement\" id=\"validation-agreement\" data-agree=\"").Append(v.Agreeing).Append("\" data-of=\"").Append(v.WithExpectation).Append("\"><strong>")
            .Append(v.Agreeing).Append(" of ").Append(v.WithExpectation).Append(" paper cases land where an expert reading puts them</strong>")
            .Append(E($" by Willing's own measurement, the paper's readings left out: {v.Count(ValidationVerdict.Disagree)} disagree, {v.Count(ValidationVerdict.Undetermined)} undetermined. "
                + $"With the paper's readings counted, {v.AgreeingWithReadings} of {v.WithExpectation}."
                + (none == 0 ? string.Empty : $" {Count(none, "more case")} the paper names without placing it in a model (a counter-coalition) {(none == 1 ? "has" : "have")} no expectation.")))
            .Append("</p>\n<p>For every case the case base gives a reading of the paper for, the placement Cooper gives it, the cell an expert reading of the paper expects, and where Willing puts it. ")
            .Append("Willing's placement leaves the paper's readings out, since an interpretation is not evidence about a case; the next column counts them. ")
            .Append("The expectation is read from the placement alone (<code>x</code>: either pole):</p>\n<ul class=\"expectations\">\n");
        foreach (var group in v.Rows.GroupBy(r => r.Reading.Placement).OrderBy(g => g.Key))
        {
            w.Append("<li><strong>").Append(E(KebabCase.Name(group.Key))).Append("</strong> → ");
            if (PaperExpectation.Of(group.Key) is { } e)
                w.Append("<code>").Append(e.Code).Append("</code> ").Append(E(e.Description));
            else
                w.Append("<em>no expectation</em>: the paper places it in neither model");
            w.Append(": ").AppendJoin(", ", group.Select(r => $"<a href=\"#validation-{E(r.Case.Value)}\">{E(r.Case.Value)}</a>")).Append("</li>\n");
        }

        w.Append("</ul>\n<p>Where a case lands elsewhere, the findings below the table follow each set that parts from the expectation down to its dimensions, indicators and facts.</p>\n")
            .Append("<table class=\"validation\" id=\"validation-table\"><thead><tr><th>case</th><th>the paper</th><th>an expert reading expects</th>")
            .Append("<th>Willing</th><th>with the paper's readings</th><th>verdict</th></tr></thead><tbody>\n");
        foreach (var row in v.Rows)
        {
            string id = row.Case.Value;
            w.Append("<tr id=\"validation-").Append(E(id)).Append("\" data-case=\"").Append(E(id)).Append("\" data-verdict=\"").Append(VerdictClass(row.Verdict)).Append("\">")
                .Append("<td><a href=\"#case-").Append(E(id)).Append("\">").Append(E(id)).Append("</a></td><td");
            if (row.Reading.Note is { } note)
                w.Append(" title=\"").Append(E(note)).Append('"');
            w.Append("><strong>").Append(E(KebabCase.Name(row.Reading.Placement))).Append("</strong>");
            if (row.Reading.Passage is { } passage)
                w.Append(" <span class=\"note\">").Append(E(passage)).Append("</span>");
            w.Append("</td><td>");
            if (row.Expected is { } expected)
                w.Append("<code>").Append(expected.Code).Append("</code><br><span class=\"note\">").Append(E(expected.Description)).Append("</span>");
            else
                w.Append("<em>no expectation</em><br><span class=\"note\">the paper places it in neither model</span>");
            w.Append("</td><td>");
            Placement(w, row.Willing);
            w.Append("</td><td>");
            Placement(w, row.WithReadings);
            if (row.Expected is not null)
                w.Append("<br>").Append(Verdict(row.VerdictWithReadings));
            w.Append("</td><td>").Append(Verdict(row.Verdict));
            if (!row.Findings.IsEmpty)
                w.Append("<br><a class=\"note\" href=\"#finding-").Append(E(id)).Append("\">why</a>");
            w.Append("</td></tr>\n");
        }

        w.Append("</tbody></table>\n");
        var parted = v.Rows.Where(r => !r.Findings.IsEmpty).ToList();
        if (parted.Count > 0)
        {
            w.Append("<h3>Findings: where the evidence puts the cases the paper places elsewhere</h3>\n")
                .Append("<p class=\"note\">Bounds are the set's membership with every indicator without data at 0 and at 1. An <code>and</code> is decided by its lowest term, an <code>or</code> by its highest.</p>\n");
            foreach (var row in parted)
                Finding(w, data.Coalition(row.Case), row);
        }

        w.Append("</section>\n");
    }

    private static void Finding(StringBuilder w, Coalition coalition, ValidationRow row)
    {
        string id = row.Case.Value;
        w.Append("<div class=\"finding\" id=\"finding-").Append(E(id)).Append("\" data-case=\"").Append(E(id)).Append("\">\n<h4><a href=\"#case-").Append(E(id)).Append("\">")
            .Append(E(row.Name)).Append("</a> <code>").Append(E(id)).Append("</code> ").Append(Verdict(row.Verdict)).Append("</h4>\n<p>")
            .Append(E($"The paper: {KebabCase.Name(row.Reading.Placement)}{(row.Reading.Passage is { } p ? $" ({p})" : string.Empty)}, so an expert reading expects {row.Expected!.Code}; "
                + $"Willing: {ReportText.ModelAndCell(row.Willing)}."));
        if (row.Reading.Note is { } note)
            w.Append(" <span class=\"note\">The paper's reading: “").Append(E(note)).Append("”</span>");
        w.Append("</p>\n<ul>\n");
        foreach (var f in row.Findings)
            AxisFinding(w, coalition, f);
        w.Append("</ul>\n</div>\n");
    }

    private static void AxisFinding(StringBuilder w, Coalition coalition, AxisFinding f)
    {
        var score = f.Score;
        string letter = AxisInfo.Letter(f.Axis);
        w.Append("<li class=\"axis-finding\" data-axis=\"").Append(AxisInfo.Key(f.Axis)).Append("\"><strong>").Append(E(AxisLabels.Title(f.Axis)));
        if (score.Membership is not { } m)
            w.Append(" undetermined</strong>");
        else
            w.Append(" = ").Append(ReportText.Number(m)).Append("</strong>").Append(score.AtCrossover ? ", exactly at the crossover," : string.Empty);
        w.Append(' ').Append(Bounds(score)).Append(", ").Append(E(Coverage(score))).Append(": ")
            .Append(E($"expected {(f.Expected ? 1 : 0)} ({AxisLabels.Pole(f.Axis, f.Expected)})"));
        if (PaperExpectation.Side(score) is { } side)
            w.Append(E($", found on the {AxisLabels.Pole(f.Axis, side)} side of the crossover."));
        else
            w.Append(E(score.Membership is null ? ", but too few of its dimensions have data to place it." : ", but it sits on the crossover."));

        if (!f.Deciding.IsEmpty)
        {
            w.Append(' ').Append(E(DecidedBy(f))).Append(' ');
            var facts = new List<Evidence>();
            w.AppendJoin("; ", f.Deciding.Select(d => DecidingText(d, facts)));
            w.Append('.');
            Facts(w, coalition, facts);
        }
        else if (score.Membership is null)
        {
            var measured = score.Dimensions.Where(d => d.Membership is not null).ToList();
            w.Append(E($" The coverage rule asks {score.MinMeasured} of {score.Terms}; {score.Measured} {(score.Measured == 1 ? "has" : "have")} data"))
                .Append(measured.Count == 0 ? string.Empty : " (" + string.Join(", ", measured.Select(d => $"<strong>{E(d.Id)}</strong> {E(d.Name)} = {ReportText.Number(d.Membership)}")) + ")")
                .Append(E(", so the set is left undetermined, not guessed."));
        }

        if (!f.Missing.IsEmpty)
        {
            w.Append(" No data: ");
            w.AppendJoin("; ", f.Missing.Select(MissingText));
            w.Append('.');
        }

        if (score.Membership is not null)
            w.Append(' ').Append(E(GapsText(f)));
        w.Append(' ').Append(E(ReadingsText(f, letter)));
        if (!f.ReadingsAdd.IsEmpty && !SameMembership(f.Score, f.WithReadings))
        {
            w.Append(" The readings add:");
            Facts(w, coalition, f.ReadingsAdd);
        }

        w.Append("</li>\n");
    }

    /// <summary>"Decided by its lowest term, the and's:" and the like, from the axis rule's kind.</summary>
    private static string DecidedBy(AxisFinding f) => f.Rule switch
    {
        "and" => f.Deciding.Length == 1 ? "Decided by the lowest term of the and:" : "Decided by the lowest terms of the and, tied:",
        "or" => f.Deciding.Length == 1 ? "Decided by the highest term of the or:" : "Decided by the highest terms of the or, tied:",
        "index" => "An index (weighted mean) of:",
        "first" => "Decided by the first term with data:",
        _ => "Decided by:",
    };

    /// <summary>A deciding dimension and the indicators behind it, each with its raw value and n; their facts are added to <paramref name="facts"/>.</summary>
    private static string DecidingText(DecidingTerm d, List<Evidence> facts)
    {
        var text = new StringBuilder();
        if (d.Dimension is { } dim)
        {
            text.Append("<strong>").Append(E(dim.Id)).Append("</strong> ").Append(E(dim.Name)).Append(" = ").Append(ReportText.Number(dim.Membership));
            if (d.Indicators.IsEmpty)
                return text.ToString();
            text.Append(", from ");
        }

        text.AppendJoin(" and ", d.Indicators.Select(IndicatorText));
        foreach (var e in d.Indicators.SelectMany(i => i.Evidence))
        {
            if (!facts.Any(x => x.Fact == e.Fact))
                facts.Add(e);
        }

        return text.ToString();
    }

    /// <summary>"<b>C3</b> name: raw 0.7143 (5 of 7, shrunk to 0.6505) → 0.18, how it was computed".</summary>
    private static string IndicatorText(IndicatorValue i)
    {
        var text = new StringBuilder().Append("<strong>").Append(E(i.Id)).Append("</strong> ").Append(E(i.Name)).Append(": raw <code>").Append(E(RawText(i))).Append("</code>");
        if (i.Share is { } share)
        {
            text.Append(E($" (k = {share.Count} of n = {share.N}{(i.Shrunk is { } s ? $", shrunk to {ReportText.Raw(s)}" : string.Empty)})"));
        }
        else
        {
            text.Append(E($" (from {Count(i.Evidence.Length, "fact")})"));
        }

        text.Append(" → ").Append(ReportText.Number(i.Membership));
        if (!string.IsNullOrEmpty(i.Computation))
            text.Append(", <span class=\"note\">").Append(E(i.Computation)).Append("</span>");
        return text.ToString();
    }

    /// <summary>A dimension without data and why each of its indicators has none (indicators with the same reason share it).</summary>
    private static string MissingText(MissingTerm m)
    {
        var reasons = m.Indicators
            .GroupBy(i => i.MissingReason ?? "no data", StringComparer.Ordinal)
            .Select(g => $"{string.Join(", ", g.Select(i => i.Id))}: {g.Key}");
        string why = string.Join("; ", reasons);
        return $"<strong>{E(m.Id)}</strong> {E(m.Name)}" + (why.Length == 0 ? string.Empty : $" ({E(why)})");
    }

    /// <summary>Whether the missing evidence could move the set to the expected side.</summary>
    private static string GapsText(AxisFinding f)
    {
        var score = f.Score;
        if (Math.Abs(score.High - score.Low) < 1e-9)
            return "Every indicator has data, so no gap could move it.";
        if (f.GapsCouldReach)
        {
            return $"The gaps could carry it across: with every indicator without data at {(f.Expected ? 1 : 0)} it would be {ReportText.Number(f.Expected ? score.High : score.Low)}, "
                + "so the placement rests on missing evidence as much as on what is measured.";
        }

        return $"No filling of the gaps reaches the expected side: with every indicator without data at {(f.Expected ? 1 : 0)} it is still {ReportText.Number(f.Expected ? score.High : score.Low)}; the measured dimensions settle it.";
    }

    /// <summary>What counting the paper's readings does to the set.</summary>
    private static string ReadingsText(AxisFinding f, string letter)
    {
        if (SameMembership(f.Score, f.WithReadings))
            return $"Counting the paper's readings leaves {letter} {(f.WithReadings.Membership is { } m ? $"at {ReportText.Number(m)}" : "undetermined")}.";
        string value = f.WithReadings.Membership is { } r ? $"{letter} = {ReportText.Number(r)}" : $"{letter} undetermined";
        string side = f.ReadingsReach ? "on the expected side" : PaperExpectation.Side(f.WithReadings) is null ? "still not placed" : "still on the other side";
        return $"With the paper's readings counted: {value}, {side}.";
    }

    private static bool SameMembership(AxisScore a, AxisScore b) =>
        (a.Membership, b.Membership) switch
        {
            (null, null) => true,
            ({ } x, { } y) => Math.Abs(x - y) < 1e-9,
            _ => false,
        };

    /// <summary>Up to <see cref="FactsPerFinding"/> facts with their sources, and how many more there are.</summary>
    private static void Facts(StringBuilder w, Coalition coalition, IReadOnlyList<Evidence> facts)
    {
        if (facts.Count == 0)
            return;
        w.Append("<ul class=\"facts\">");
        foreach (var e in facts.Take(FactsPerFinding))
        {
            w.Append("<li>").Append(E(Shorten(e.Fact, FactLength)));
            if (!e.Sources.IsEmpty)
            {
                w.Append(" — ");
                w.AppendJoin(", ", e.Sources.Select(s => SourceIdRef(coalition, s)));
            }

            w.Append("</li>");
        }

        if (facts.Count > FactsPerFinding)
            w.Append("<li class=\"note\">").Append(E($"and {Count(facts.Count - FactsPerFinding, "more fact")} (the case's section lists them all)")).Append("</li>");
        w.Append("</ul>");
    }

    /// <summary>A source by its id: a link when it has a safe address, else the id alone; the citation as a tooltip.</summary>
    private static string SourceIdRef(Coalition coalition, SourceId id)
    {
        var source = coalition.Sources.FirstOrDefault(s => s.Id == id);
        string title = source?.Citation is { } citation ? $" title=\"{E(citation)}\"" : string.Empty;
        return SafeHref(source?.Url) is { } href
            ? $"<a href=\"{E(href)}\"{title} rel=\"noopener noreferrer\"><code>{E(id.Value)}</code></a>"
            : $"<code{title}>{E(id.Value)}</code>";
    }

    /// <summary>The case's reading and verdict in its own section's header line.</summary>
    private static void PaperLine(StringBuilder w, ValidationRow row)
    {
        w.Append("<br>the paper: ").Append(E(KebabCase.Name(row.Reading.Placement)));
        if (row.Reading.Passage is { } passage)
            w.Append(" (").Append(E(passage)).Append(')');
        if (row.Expected is { } expected)
            w.Append(", expected <code>").Append(expected.Code).Append("</code>");
        w.Append(" · <a href=\"#validation-").Append(E(row.Case.Value)).Append("\">").Append(Verdict(row.Verdict)).Append("</a>");
    }

    private static void Placement(StringBuilder w, CaseClassification c)
    {
        w.Append(Badge(c.Model)).Append(' ');
        CellCode(w, c);
    }

    private static string Verdict(ValidationVerdict verdict) =>
        $"<span class=\"verdict verdict-{VerdictClass(verdict)}\">{E(VerdictClass(verdict).Replace('-', ' '))}</span>";

    /// <summary>"agree", "disagree", "undetermined" or "no-expectation".</summary>
    internal static string VerdictClass(ValidationVerdict verdict) => KebabCase.FromPascal(verdict.ToString());

    /// <summary>The text cut at a word to at most <paramref name="length"/> characters, with an ellipsis when cut.</summary>
    private static string Shorten(string text, int length)
    {
        if (text.Length <= length)
            return text;
        int cut = text.LastIndexOf(' ', length - 1);
        return string.Concat(text.AsSpan(0, cut > length / 2 ? cut : length - 1), "…");
    }
}
