using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Willing.Reports.Charts;
using Willing.Simulation.Analysis;

namespace Willing.Reports.Views;

/// <summary>
/// One calibrated simulation (id <c>simulation-ID</c>): the fit, its free parameters, the fan chart
/// against the observed points and the table of them, then each out-of-sample check the same way.
/// </summary>
public partial class SimulationStudyView
{
    /// <summary>The calibrated simulation with its checks.</summary>
    [Parameter, EditorRequired]
    public SimulationStudy Study { get; set; } = null!;

    /// <summary>The fan charts by scenario id (<see cref="ReportCharts.Simulations"/>); a scenario without one is shown without a chart.</summary>
    [Parameter]
    public ImmutableArray<(string Scenario, FanChart Chart)> Charts { get; set; } = [];

    private CalibrationResult Fit => Study.Fit;

    private FanChart? Fan(string scenario) => Charts.FirstOrDefault(c => c.Scenario == scenario).Chart;

    private string FitText => string.Create(CultureInfo.InvariantCulture,
        $"Mechanism {Study.Scenario.Mechanism}, fitted on {Study.Observed.Label} ({Study.Observed.Points.Length} observed months) with {Fit.Replicates} replicates per evaluation: {Fit.Loss.ToUpperInvariant()} {Fit.LossValue:0.##} at the fit, against {Fit.StartLoss:0.##} at the scenario's starting values and {Fit.NullLoss:0.##} for a flat line at the observed mean; MAE {Fit.Mae:0.##}; {Fit.Evaluations} of {Fit.MaxEvaluations} evaluations, {(Fit.Converged ? "converged" : "stopped at the budget without converging")}.");

    private static bool AtEdge(FittedParameter f) => f.Value - f.Low <= 0.01 * (f.High - f.Low) || f.High - f.Value <= 0.01 * (f.High - f.Low);
}
