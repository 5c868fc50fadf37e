using Willing.Lifecycle.Cases;
using Willing.Reports.Charts;
using Willing.Simulation.Analysis;
using Willing.Simulation.Scenarios;

namespace Willing.Cli.Commands.Simulation;

/// <summary>The simulation results as the report's charts (the chart inputs are Reports' own types).</summary>
internal static class SimulationCharts
{
    /// <summary>The fan chart of <paramref name="fan"/> on the scenario's clock, with the observed curve when there is one.</summary>
    public static Chart Fan(Scenario scenario, FanChartData fan, ObservedCurve? observed, long seed, string? title = null) =>
        new FanChart(
            fan.Steps.Select(s => new FanChartStep(s.Step, s.Median, s.Low50, s.High50, s.Low80, s.High80, s.Low95, s.High95)),
            observed?.Points.Select(p => new FanChartObserved(p.Step, p.Value)) ?? [],
            new MonthClock(scenario.Start.Year, scenario.Start.Month),
            name: $"fan-{scenario.Id}",
            title: title ?? $"{scenario.Name}: {fan.Reporter}, {fan.Replicates} replicates (seed {seed})",
            yLabel: fan.Reporter.Replace('_', ' '),
            observedLabel: observed is null ? "observed" : $"observed: {observed.Label}");

    /// <summary>The Sobol indices with their intervals.</summary>
    public static Chart Sobol(Scenario scenario, SobolResult sobol) =>
        new SensitivityChart(sobol.Indices.Select(i => new SensitivityBar(i.Name, i.First, i.FirstLow, i.FirstHigh, i.Total, i.TotalLow, i.TotalHigh)),
            name: $"sobol-{scenario.Id}", title: $"{scenario.Name}: Sobol indices (N = {sobol.BaseSamples})", metric: sobol.Metric,
            intervalLabel: $"{sobol.Confidence:P0} bootstrap interval");
}
