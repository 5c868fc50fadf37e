namespace Willing.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("willing-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Report_BuiltIn_WritesIndexAndChartsAndPrintsThePath()
    {
        string folder = Path.Combine(_dir, "out");

        var run = CliRun.Of("report", "--out", folder);

        Assert.Equal(0, run.ExitCode);
        string index = Path.Combine(folder, "index.html");
        Assert.Equal(index, run.Output.Trim());
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(index), StringComparison.Ordinal);
        Assert.Contains("id=\"case-iraq-2003\"", File.ReadAllText(index), StringComparison.Ordinal);
        string charts = Path.Combine(folder, "charts");
        foreach (string name in new[] { "typology-map-hc", "typology-map-st", "comparison-lineage", "lineage", "trajectory-iraq-2003", "profile-iraq-2003" })
        {
            Assert.True(File.Exists(Path.Combine(charts, name + ".png")), name + ".png");
            Assert.StartsWith("<?xml", File.ReadAllText(Path.Combine(charts, name + ".svg")), StringComparison.Ordinal);
        }

        Assert.Equal(
            Directory.GetFiles(charts, "*.png").Select(Path.GetFileNameWithoutExtension).Order(),
            Directory.GetFiles(charts, "*.svg").Select(Path.GetFileNameWithoutExtension).Order());
    }

    [Fact]
    public void Report_ChartsDrawnInParallel_AreTheFilesEachChartRendersAlone()
    {
        string folder = Path.Combine(_dir, "out");
        var data = Willing.Reports.ReportData.Build(Willing.Core.Reading.CaseBase.LoadBuiltIn().CaseBase!.Coalitions, Willing.Typology.Codebook.CodebookReader.BuiltIn());
        var charts = Willing.Reports.ReportCharts.For(data);

        var run = CliRun.Of("report", "--out", folder);

        Assert.Equal(0, run.ExitCode);
        foreach (var chart in charts.All)
        {
            Assert.Equal(chart.ToPng(), File.ReadAllBytes(Path.Combine(folder, "charts", chart.Name + ".png")));
            Assert.Equal(chart.ToSvg(), File.ReadAllText(Path.Combine(folder, "charts", chart.Name + ".svg")));
        }

        Assert.Equal(Willing.Reports.HtmlReport.Render(data, charts), File.ReadAllText(Path.Combine(folder, "index.html")));
    }

    [Fact]
    public void Report_CodebookWithAnError_ExitsOneAndPrintsIt()
    {
        string codebook = Path.Combine(_dir, "bad-codebook.yaml");
        File.WriteAllText(codebook, "name: broken\nconvention: sideways\nindicators: []\naxes: {}\n");
        string folder = Path.Combine(_dir, "out");

        var run = CliRun.Of("report", "--out", folder, "--codebook", codebook);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad-codebook.yaml:2:", run.Error, StringComparison.Ordinal);
        Assert.Contains("error:", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "index.html")));
    }

    [Fact]
    public void Report_CaseFileWithAnError_ExitsOne()
    {
        string bad = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(bad, "id: bad\nname: Bad\n");

        var run = CliRun.Of("report", "--out", Path.Combine(_dir, "out"), "--cases", bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.yaml", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was loaded", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownOption_ExitsTwo()
    {
        var run = CliRun.Of("report", "--colour", "red");

        Assert.Equal(2, run.ExitCode);
    }
}
