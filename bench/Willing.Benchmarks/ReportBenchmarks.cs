using BenchmarkDotNet.Attributes;
using Willing.Core.Reading;
using Willing.Reports;
using Willing.Reports.Charts;
using Willing.Typology.Codebook;

namespace Willing.Benchmarks;

/// <summary>The report's charts, one at a time (the largest, the typology map) and all of them, and the HTML around them.</summary>
/// <remarks>
/// A PNG costs about as much to compress as to draw; the SVG is drawn once per chart and kept
/// (<see cref="Chart.ToSvg"/>), so the HTML benchmark renders against charts whose SVG is already
/// drawn, as <c>willing report</c> does after writing the chart files.
/// </remarks>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private ReportData _data = null!;
    private ReportCharts _charts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = ReportData.Build(CaseBase.LoadBuiltIn().CaseBase!.Coalitions, CodebookReader.BuiltIn());
        _charts = ReportCharts.For(_data);
        foreach (var chart in _charts.All)
            _ = chart.ToSvg();
    }

    [Benchmark]
    public int TypologyMapPng() => _charts.OrganizationMotivation.ToPng().Length;

    /// <summary>A new chart each time, so that its SVG is drawn rather than taken from the chart.</summary>
    [Benchmark]
    public int TypologyMapSvg() => TypologyMapChart.OrganizationMotivation(_data.Classifications, _data.Codebook).ToSvg().Length;

    [Benchmark]
    public int EveryChartAsPng() => _charts.All.Sum(c => c.ToPng().Length);

    [Benchmark]
    public int Html() => HtmlReport.Render(_data, _charts).Length;
}
