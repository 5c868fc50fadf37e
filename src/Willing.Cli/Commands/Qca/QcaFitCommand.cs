using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Qca;
using Willing.Qca.Diagnostics;
using Willing.Qca.Fit;
using Willing.Qca.Plots;
using Willing.Reports.Charts;

namespace Willing.Cli.Commands.Qca;

/// <summary><c>willing qca fit</c>: parameters of fit of an expression for an outcome (R's QCA <c>pof</c>), with the deviant cases and an XY plot.</summary>
public sealed class QcaFitCommand(CliOutput output) : Command<QcaFitSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, QcaFitSettings settings, CancellationToken cancellationToken)
    {
        if (QcaDataLoader.Load(settings, output, out int exit) is not { } loaded)
            return exit;
        QcaDataLoader.Notes(loaded, output);
        string expression = settings.Expression!, outcome = settings.Outcome!;
        SufficiencyParameters? sufficiency = null;
        NecessityParameters? necessity = null;
        CaseTypology types;
        XYPlotData xy;
        try
        {
            if (settings.Necessity)
                necessity = ParametersOfFit.Necessity(loaded.Data, expression, outcome);
            else
                sufficiency = ParametersOfFit.Sufficiency(loaded.Data, expression, outcome);
            types = CaseDiagnostics.Classify(loaded.Data, expression, outcome);
            xy = XYPlot.For(loaded.Data, expression, outcome);
        }
        catch (QcaException ex)
        {
            return QcaDataLoader.Failed(ex, output);
        }

        if (settings.Chart is { } path)
        {
            string fit = settings.Necessity
                ? $"inclN {F(xy.InclN)}, RoN {F(xy.RoN)}, covN {F(xy.CovN)}"
                : $"inclS {F(xy.InclS)}, PRI {F(xy.PRI)}, covS {F(xy.CovS)}";
            if (!ChartFile.Write(output, "--chart", path, () => new XYPlotChart(xy.Points.Select(p => new Willing.Reports.Charts.XYPoint(p.Label, p.X, p.Y)), expression, outcome, fit, labels: xy.Points.Length <= 40), "the XY plot"))
                return WillingApp.InvalidInput;
        }

        var deviant = settings.Necessity ? types.DeviantCoverage : types.DeviantConsistency;
        switch (settings.Format)
        {
            case OutputFormat.Json:
                // The contract's top level is the parameters themselves ({ inclS, PRI, covS } or { inclN, RoN, covN }), the cases beside them.
                var json = (settings.Necessity ? JsonSerializer.SerializeToNode(necessity, Json.Options) : JsonSerializer.SerializeToNode(sufficiency, Json.Options))!.AsObject();
                json["deviant_consistency"] = JsonSerializer.SerializeToNode(types.DeviantConsistency, Json.Options);
                json["deviant_coverage"] = JsonSerializer.SerializeToNode(types.DeviantCoverage, Json.Options);
                json["typical"] = JsonSerializer.SerializeToNode(types.Typical, Json.Options);
                json["source"] = loaded.Source;
                output.Data.WriteLine(json.ToJsonString(Json.Options));
                break;
            default:
                var rows = settings.Necessity ? new Tabular("expression", "inclN", "RoN", "covN", "n") : new Tabular("expression", "inclS", "PRI", "covS", "covU", "n");
                if (settings.Necessity)
                {
                    rows.Add(necessity!.Expression, R(necessity.InclN), R(necessity.RoN), R(necessity.CovN), necessity.N);
                }
                else
                {
                    if (sufficiency!.Terms.Length > 1)
                    {
                        foreach (var t in sufficiency.Terms)
                            rows.Add(t.Expression, R(t.InclS), R(t.PRI), R(t.CovS), R(t.CovU), t.N);
                    }

                    rows.Add(sufficiency.Expression, R(sufficiency.InclS), R(sufficiency.PRI), R(sufficiency.CovS), null, sufficiency.N);
                }

                rows.Write(output, settings.Format, $"{(settings.Necessity ? "Necessity" : "Sufficiency")} of {expression} for {outcome} ({loaded.Source}); n = cases above 0.5 in the expression");
                if (settings.Format == OutputFormat.Table)
                {
                    var label = settings.Necessity ? "deviant cases for coverage (outcome without the condition)" : "deviant cases for consistency (condition without the outcome)";
                    output.Console.MarkupLine($"[grey]{label}: {Markup.Escape(deviant.IsEmpty ? "none" : string.Join(", ", deviant))}[/]");
                    var excluded = settings.Necessity ? necessity!.Excluded : sufficiency!.Excluded;
                    if (!excluded.IsEmpty)
                        output.Console.MarkupLine($"[yellow]left out for a missing value: {Markup.Escape(string.Join(", ", excluded))}[/]");
                }

                break;
        }

        return WillingApp.Success;
    }

    private static double? R(double? v) => v is { } x ? Math.Round(x, 6) : null;

    private static string F(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "—";
}
