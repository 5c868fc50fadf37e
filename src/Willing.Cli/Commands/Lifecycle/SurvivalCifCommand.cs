using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Lifecycle.Cases;
using Willing.Lifecycle.Survival;

namespace Willing.Cli.Commands.Lifecycle;

/// <summary>Options of <c>willing survival cif</c>.</summary>
public sealed class SurvivalCifSettings : SurvivalCurveSettings;

/// <summary><c>willing survival cif</c>: cumulative incidence of exit by reason (Aalen–Johansen, as R's multi-state <c>survfit</c>), with standard errors and intervals.</summary>
/// <remarks>
/// JSON and CSV: <c>[{ group, cause, time, at_risk, events, estimate, std_err, ci_low, ci_high }]</c>, one row per group,
/// cause and distinct time; <c>cause</c> is an exit reason, or <c>(s0)</c> for the probability of no exit yet. A case's
/// causes are its exits' main reasons (with <c>--scheduled cause</c>, scheduled exits as one cause of their own).
/// </remarks>
public sealed class SurvivalCifCommand(CliOutput output) : Command<SurvivalCifSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SurvivalCifSettings settings, CancellationToken cancellationToken)
    {
        if (SurvivalDataLoader.Load(settings, output, causes: true, covariates: false) is not { } loaded)
            return WillingApp.InvalidInput;
        var type = settings.ConfidenceType;
        CumulativeIncidenceResult result;
        try
        {
            result = CumulativeIncidence.Estimate(loaded.Data, new CumulativeIncidenceOptions { ConfidenceType = type, ConfidenceLevel = settings.Level });
        }
        catch (ArgumentException e)
        {
            output.Error.WriteLine($"willing: cannot estimate the cumulative incidence of {Willing.Core.Reading.Echo.Quote(loaded.Source)}: {e.Message}");
            return WillingApp.InvalidInput;
        }

        var rows = new Tabular("group", "cause", "time", "at_risk", "events", "estimate", "std_err", "ci_low", "ci_high");
        foreach (var curve in result.Curves)
        {
            for (int state = 0; state < result.States.Length; state++)
            {
                for (int i = 0; i < curve.Time.Length; i++)
                {
                    int events = state == 0 ? curve.Events.Sum(e => e[i]) : curve.Events[state - 1][i];
                    rows.Add(curve.Group, result.States[state], curve.Time[i], curve.AtRisk[i], events, curve.Probability[state][i],
                        SurvivalKmCommand.Finite(curve.StdErr[state][i]), SurvivalKmCommand.Finite(curve.Lower[state][i]), SurvivalKmCommand.Finite(curve.Upper[state][i]));
                }
            }
        }

        if (settings.Format != OutputFormat.Table)
        {
            rows.Write(output, settings.Format);
            return WillingApp.Success;
        }

        var summary = new Tabular("group", "cause", "events", "cumulative incidence at the end", "std_err");
        foreach (var curve in result.Curves)
        {
            for (int k = 1; k < result.States.Length; k++)
                summary.Add(curve.Group, result.States[k], curve.EventsByCause[k - 1], curve.Probability[k].IsEmpty ? 0 : curve.Probability[k][^1], curve.StdErr[k].IsEmpty ? null : SurvivalKmCommand.Finite(curve.StdErr[k][^1]));
        }

        string unit = loaded.History is null ? string.Empty : $" (months since {loaded.History.Clock.Label(0)})";
        output.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Cumulative incidence by cause of {loaded.Source}{unit}: {result.Curves.Sum(c => c.EventsByCause.Sum())} exits of {result.States.Length - 1} causes."));
        summary.Write(output, OutputFormat.Table);
        if (loaded.History is { Options.Scheduled: ScheduledExits.Censor })
            output.Console.MarkupLine("[grey]Scheduled exits (mandate expiry, host-state deadline, mission completed) are censored; --scheduled cause counts them as a cause of their own.[/]");
        return WillingApp.Success;
    }
}
