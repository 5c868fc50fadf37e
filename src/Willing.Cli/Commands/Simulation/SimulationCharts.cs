using Willing.Reports;
using Willing.Reports.Charts;
using Willing.Simulation.Analysis;
using Willing.Simulation.Scenarios;

namespace Willing.Cli.Commands.Simulation;

/// <summary>The simulation results as the report's charts (the chart inputs are Reports' own types).</summary>
internal static class SimulationCharts
{
    /// <summary>The fan chart of <paramref name="fan"/> on the scenario's clock, with the observed curve when there is one.</summary>
    public static Chart Fan(Scenario scenario, FanChartData fan, ObservedCurve? observed, long seed, string? title = null) =>
        ReportCharts.Fan(scenario, fan, observed, title ?? $"{scenario.Name}: {fan.Reporter}, {fan.Replicates} replicates (seed {seed})");

    /// <summary>The Sobol indices with their intervals.</summary>
    public static Chart Sobol(Scenario scenario, SobolResult sobol) =>
        new SensitivityChart(sobol.Indices.Select(i => new SensitivityBar(i.Name, i.First, i.FirstLow, i.FirstHigh, i.Total, i.TotalLow, i.TotalHigh)),
            name: $"sobol-{scenario.Id}", title: $"{scenario.Name}: Sobol indices (N = {sobol.BaseSamples})", metric: sobol.Metric,
            intervalLabel: $"{sobol.Confidence:P0} bootstrap interval");
}
