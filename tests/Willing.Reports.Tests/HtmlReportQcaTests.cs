using Willing.Qca.Analysis;

namespace Willing.Reports.Tests;

/// <summary>The report's Configurations section: the studies it computes and what it shows of them.</summary>
public class HtmlReportQcaTests
{
    private static readonly Lazy<string> Html = new(() => HtmlReport.Render(Fixtures.BuiltIn));

    [Fact]
    public void The_built_in_case_base_gives_a_coalition_study_and_Iraqs_partners()
    {
        var studies = Fixtures.BuiltIn.Qca;
        Assert.Equal(["coalitions-exit", $"members-{QcaStudy.MemberCase}"], studies.Select(s => s.Id).ToArray());
        var members = studies[1];
        Assert.Equal(QcaStudy.MemberConditions.ToArray(), members.Conservative.Table.Conditions.ToArray());
        Assert.False(members.Parsimonious.Solutions.IsEmpty);
        // The parsimonious solution covers at least what the conservative one does: it adds simplifying assumptions.
        Assert.True(members.Parsimonious.Solutions[0].Fit.CovS >= members.Conservative.Solutions[0].Fit.CovS - 1e-12);
        Assert.Contains("Mello (2020", members.Comparison, StringComparison.Ordinal);
        Assert.Contains("partisanship", members.Comparison, StringComparison.Ordinal);
    }

    [Fact]
    public void The_section_shows_each_studys_truth_table_solutions_and_XY_plot()
    {
        string html = Html.Value;
        Assert.Contains("<section id=\"qca\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#qca\"", html, StringComparison.Ordinal);
        foreach (var study in Fixtures.BuiltIn.Qca)
        {
            Assert.Contains($"id=\"qca-{study.Id}\"", html, StringComparison.Ordinal);
            if (study.Xy is not null)
                Assert.Contains($"id=\"chart-qca-{study.Id}\"", html, StringComparison.Ordinal);
            foreach (var s in study.Parsimonious.Solutions)
                Assert.Contains(Fixtures.Encoded(s.Expression), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_case_base_without_Iraq_has_only_the_coalition_study()
    {
        var data = ReportData.Build(Fixtures.BuiltIn.Coalitions.Where(c => c.Id.Value != QcaStudy.MemberCase), Fixtures.BuiltIn.Codebook);
        Assert.Equal(["coalitions-exit"], data.Qca.Select(s => s.Id).ToArray());
    }
}
