using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Lifecycle.Survival;
using Willing.Reports.Charts;

namespace Willing.Cli.Commands.Lifecycle;

/// <summary>Options of <c>willing survival km</c>.</summary>
public sealed class SurvivalKmSettings : SurvivalCurveSettings
{
    /// <summary>Where to draw the curves.</summary>
    [CommandOption("--chart <FILE>")]
    [Description("Also draw the curves with their confidence bands and censoring marks (.svg or .png).")]
    public string? Chart { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Chart is not null && !ChartFile.IsChartPath(Chart))
            return ValidationResult.Error("--chart names an .svg or a .png file");
        return base.Validate();
    }
}

/// <summary><c>willing survival km</c>: Kaplan–Meier retention with Greenwood standard errors and confidence intervals, by group, with the log-rank test between groups.</summary>
/// <remarks>
/// JSON contract (DESIGN.md): <c>[{ group, time, at_risk, events, censored, survival, std_err, ci_low, ci_high }]</c>,
/// one row per distinct time, as R's <c>summary(survfit(...), censored = TRUE)</c>; <c>std_err</c> is the
/// Greenwood standard error of S(t). A case's curve is the partners' retention in calendar months since the
/// case began, each member entering at its joining (delayed entry), so it reads as the share of the members
/// then in the coalition that stayed.
/// </remarks>
public sealed class SurvivalKmCommand(CliOutput output) : Command<SurvivalKmSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SurvivalKmSettings settings, CancellationToken cancellationToken)
    {
        if (SurvivalDataLoader.Load(settings, output, causes: false, covariates: false) is not { } loaded)
            return WillingApp.InvalidInput;
        KaplanMeierResult result;
        try
        {
            result = KaplanMeier.Estimate(loaded.Data, new KaplanMeierOptions { ConfidenceType = settings.ConfidenceType, ConfidenceLevel = settings.Level });
        }
        catch (ArgumentException e)
        {
            output.Error.WriteLine($"willing: cannot estimate the Kaplan–Meier curve of {Willing.Core.Reading.Echo.Quote(loaded.Source)}: {e.Message}");
            return WillingApp.InvalidInput;
        }

        if (settings.Chart is { } chart)
        {
            double origin = loaded.Data.HasStart ? loaded.Data.Start.Min() : 0;
            string xLabel = loaded.History is { } h ? $"months since {h.Clock.Label(0)} (members enter when they join)" : "time";
            if (!ChartFile.Write(output, "--chart", chart, () => new RetentionChart(RetentionCurves.Of(result, origin), $"retention-{loaded.Source}", $"{Path.GetFileName(loaded.Source)}: Kaplan–Meier retention", xLabel)))
                return WillingApp.InvalidInput;
        }

        var rows = new Tabular("group", "time", "at_risk", "events", "censored", "survival", "std_err", "ci_low", "ci_high");
        foreach (var curve in result.Curves)
        {
            foreach (var r in curve.Rows)
                rows.Add(curve.Group, r.Time, r.AtRisk, r.Events, r.Censored, r.Survival, Finite(r.StdErr), Finite(r.Lower), Finite(r.Upper));
        }

        if (settings.Format != OutputFormat.Table)
        {
            rows.Write(output, settings.Format);
            return WillingApp.Success;
        }

        var medians = new Tabular("group", "n", "events", "median", "lower", "upper");
        foreach (var c in result.Curves)
            medians.Add(c.Group, c.N, c.Events, Finite(c.Median), Finite(c.MedianLower), Finite(c.MedianUpper));
        output.Console.WriteLine($"Kaplan–Meier of {loaded.Source}: {result.Curves.Sum(c => c.Events)} events; {ReportLevel(settings.Level)} intervals on the {settings.ConfType} scale.");
        medians.Write(output, OutputFormat.Table, "median time to exit");
        rows.Write(output, OutputFormat.Table);
        if (result.Curves.Length >= 2)
        {
            try
            {
                var test = LogRank.TestWithEntry(loaded.Data);
                string entry = loaded.Data.HasStart ? " (delayed entry: risk sets of the rows under observation at each exit)" : string.Empty;
                output.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Log-rank test{entry}: chi-square {test.ChiSquare:0.###} on {test.DegreesOfFreedom} df, p = {test.PValue:0.####}."));
            }
            catch (ArgumentException e)
            {
                output.Console.WriteLine($"No log-rank test: {e.Message}");
            }
        }

        return WillingApp.Success;
    }

    private static string ReportLevel(double level) => (level * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>A number, or null (JSON null, an empty CSV field) when it is not finite.</summary>
    internal static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
