using System.Globalization;
using System.Text;
using Willing.Simulation.Analysis;
using static Willing.Reports.Html.Html;

namespace Willing.Reports;

/// <summary>The "Simulation" section: each model's mechanism calibrated on its observed curve, and the out-of-sample checks, errors stated plainly.</summary>
public static partial class HtmlReport
{
    private static void Simulations(StringBuilder w, ReportData data, ReportCharts charts)
    {
        if (data.Simulations.IsEmpty)
            return;
        w.Append("<section id=\"simulation\">\n<h2>Simulation: how coalitions form and unravel under each model</h2>\n<p>")
            .Append(E(string.Create(CultureInfo.InvariantCulture, $"Each of Cooper's models is also a mechanism. Model one: a leader recruits members one by one with payments, pressure and the pull of its power, and members leave under a hazard raised by elections, casualties, hostage crises and the exits of others and lowered by payments and a UN mandate (scenario iraq-2003, mechanism leader-recruitment). Model two: a norm cascade through a network, with thresholds, NGO reach, praise and shame, conferences as bursts and resisting great powers (scenario landmines-ottawa, mechanism norm-cascade). A few free parameters of each are fitted to the observed curve in the case base by Nelder–Mead on the root mean squared error of the mean of the replicates (common random numbers, seed {ReportData.SimulationSeed}); the values fitted on one campaign are then used, unchanged, to predict another. 'willing simulate calibrate' gives the same numbers; 'simulate run', 'batch' and 'sensitivity' explore the rest.")))
            .Append("</p>\n");
        foreach (var study in data.Simulations)
            SimulationStudySection(w, study, charts);
        w.Append("</section>\n");
    }

    private static void SimulationStudySection(StringBuilder w, SimulationStudy study, ReportCharts charts)
    {
        var fit = study.Fit;
        w.Append("<div class=\"simulation-study\" id=\"simulation-").Append(E(study.Scenario.Id)).Append("\">\n<h3>").Append(E(study.Scenario.Name)).Append("</h3>\n<p>")
            .Append(E(string.Create(CultureInfo.InvariantCulture,
                $"Mechanism {study.Scenario.Mechanism}, fitted on {study.Observed.Label} ({study.Observed.Points.Length} observed months) with {fit.Replicates} replicates per evaluation: {fit.Loss.ToUpperInvariant()} {fit.LossValue:0.##} at the fit, against {fit.StartLoss:0.##} at the scenario's starting values and {fit.NullLoss:0.##} for a flat line at the observed mean; MAE {fit.Mae:0.##}; {fit.Evaluations} of {fit.MaxEvaluations} evaluations, {(fit.Converged ? "converged" : "stopped at the budget without converging")}.")))
            .Append("</p>\n<table class=\"simulation-fit\"><thead><tr><th>free parameter</th><th class=\"num\">range</th><th class=\"num\">start</th><th class=\"num\">fitted</th><th></th></tr></thead><tbody>\n");
        foreach (var f in fit.Free)
        {
            bool edge = f.Value - f.Low <= 0.01 * (f.High - f.Low) || f.High - f.Value <= 0.01 * (f.High - f.Low);
            w.Append("<tr><td>").Append(E(f.Name)).Append("</td><td class=\"num\">").Append(F(f.Low, "0.###")).Append('–').Append(F(f.High, "0.###"))
                .Append("</td><td class=\"num\">").Append(F(f.Start, "0.####")).Append("</td><td class=\"num\">").Append(F(f.Value, "0.####"))
                .Append("</td><td>").Append(edge ? "at the edge of its range: the data push past it" : string.Empty).Append("</td></tr>\n");
        }

        w.Append("</tbody></table>\n");
        Figure(w, charts.Simulations.FirstOrDefault(c => c.Scenario == study.Scenario.Id).Chart,
            $"The fitted scenario's {fit.Reporter.Replace('_', ' ')}: median of {fit.Replicates} replicates with the central 50, 80 and 95 % of runs shaded, against the observed points.");
        FitTable(w, fit.Points, "Observed against simulated at each observed month (the band: 5–95 % of replicates).");
        foreach (var c in study.Checks)
        {
            w.Append("<h4>Out of sample: ").Append(E(c.Scenario.Name)).Append("</h4>\n<p>");
            if (c.Description is { } d)
                w.Append(E(d)).Append(' ');
            w.Append("<strong>").Append(E(c.Result.Summary)).Append("</strong></p>\n");
            Figure(w, charts.Simulations.FirstOrDefault(x => x.Scenario == c.Scenario.Id).Chart,
                $"{c.Scenario.Id} run with the values fitted on {study.Scenario.Id} (every other parameter its own), against its observed points.");
            FitTable(w, c.Result.Points, string.Create(CultureInfo.InvariantCulture, $"RMSE {c.Result.Rmse:0.##} (a flat line at the observed mean: {c.Result.NullRmse:0.##}); MAE {c.Result.Mae:0.##}."));
        }

        w.Append("</div>\n");
    }

    private static void FitTable(StringBuilder w, IEnumerable<FitPoint> points, string caption)
    {
        w.Append("<table class=\"simulation-points\"><caption>").Append(E(caption)).Append("</caption><thead><tr><th>month</th><th class=\"num\">observed</th><th class=\"num\">simulated mean</th><th class=\"num\">5–95 %</th><th class=\"num\">error</th></tr></thead><tbody>\n");
        foreach (var p in points)
        {
            w.Append("<tr><td>").Append(E(p.Month.ToString())).Append("</td><td class=\"num\">").Append(F(p.Observed, "0.#")).Append("</td><td class=\"num\">").Append(F(p.Mean, "0.#"))
                .Append("</td><td class=\"num\">").Append(F(p.Low, "0.#")).Append('–').Append(F(p.High, "0.#")).Append("</td><td class=\"num\">").Append(F(p.Error, "+0.#;-0.#;0")).Append("</td></tr>\n");
        }

        w.Append("</tbody></table>\n");
    }
}
