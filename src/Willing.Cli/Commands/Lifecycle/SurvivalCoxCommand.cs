using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Reading;
using Willing.Lifecycle.Survival;

namespace Willing.Cli.Commands.Lifecycle;

/// <summary>Options of <c>willing survival cox</c> and <c>willing survival zph</c>.</summary>
public class SurvivalCoxSettings : SurvivalSettings
{
    /// <summary>How ties are handled.</summary>
    [CommandOption("--ties <METHOD>")]
    [Description("efron (default, as R) or breslow.")]
    [DefaultValue("efron")]
    public string Ties { get; init; } = "efron";

    /// <summary>The cause of a cause-specific model.</summary>
    [CommandOption("--cause <NAME>")]
    [Description("Fit the cause-specific hazard of one exit reason (e.g. election), the other reasons counted as censored. With --csv the event column then names causes.")]
    public string? Cause { get; init; }

    /// <summary>Turn off robust standard errors.</summary>
    [CommandOption("--no-robust")]
    [Description("Model-based standard errors only (by default robust errors are given whenever rows are clustered by subject, as R does).")]
    public bool NoRobust { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Group is not null)
            return ValidationResult.Error("--group splits the curves of km and cif; a Cox model takes the groups as a covariate (--covariates) or as strata (--strata, with --csv)");
        return Ties is "efron" or "breslow" ? base.Validate() : ValidationResult.Error($"--ties is efron or breslow, not '{Markup.Escape(Ties)}'");
    }

    /// <summary>Fits the model the options ask for, or prints why it cannot be fitted and returns null.</summary>
    internal (CoxFit Fit, SurvivalDataLoader.Loaded Loaded)? Fit(CliOutput output)
    {
        if (SurvivalDataLoader.Load(this, output, causes: Cause is not null, covariates: true) is not { } loaded)
            return null;
        int? cause = null;
        if (Cause is { } name)
        {
            int k = loaded.Data.Causes.IndexOf(name);
            if (k < 0)
            {
                output.Error.WriteLine($"willing: --cause '{Echo.Quote(name)}': no exit has that cause; the causes are {string.Join(", ", loaded.Data.Causes)}");
                return null;
            }

            cause = k + 1;
        }

        if (loaded.Data.Covariates.IsEmpty)
        {
            output.Error.WriteLine("willing: a Cox model needs at least one covariate: name them with --covariates");
            return null;
        }

        var options = new CoxOptions
        {
            Ties = Ties == "breslow" ? CoxTies.Breslow : CoxTies.Efron,
            Cause = cause,
            ConfidenceLevel = Level,
            Robust = NoRobust ? false : null,
        };
        try
        {
            return (CoxModel.Fit(loaded.Data, options), loaded);
        }
        catch (CoxFitException e)
        {
            output.Error.WriteLine($"willing: cannot fit the Cox model to {Echo.Quote(loaded.Source)}: {e.Message}");
            return null;
        }
    }
}

/// <summary><c>willing survival cox</c>: a Cox proportional-hazards model of exit, as R's <c>coxph</c>.</summary>
/// <remarks>
/// JSON contract (DESIGN.md): <c>{ n, events, loglik_null, loglik, concordance, coefficients: [{ name, coef, se,
/// hazard_ratio, z, p, ci_low, ci_high }] }</c>, plus <c>robust_se</c> per coefficient, subjects, ties, robust,
/// iterations, converged, the Wald, score, likelihood-ratio (and robust score) tests, the concordance's
/// standard error and the rows dropped for missing covariates. With robust errors, z, p and the interval of the
/// hazard ratio use the robust standard error, as R's <c>summary.coxph</c> does.
/// </remarks>
public sealed class SurvivalCoxCommand(CliOutput output) : Command<SurvivalCoxSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SurvivalCoxSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Fit(output) is not var (fit, loaded))
            return WillingApp.InvalidInput;
        var coefficients = new Tabular("name", "coef", "se", "robust_se", "hazard_ratio", "z", "p", "ci_low", "ci_high");
        foreach (var c in fit.Coefficients)
            coefficients.Add(c.Name, c.Coefficient, c.StandardError, c.RobustStandardError, c.HazardRatio, c.Z, c.P, c.CiLow, c.CiHigh);
        switch (settings.Format)
        {
            case OutputFormat.Json:
                output.Data.WriteLine(JsonSerializer.Serialize(Json(fit, loaded, settings), Output.Json.Options));
                break;
            case OutputFormat.Csv:
                coefficients.Write(output, OutputFormat.Csv);
                break;
            default:
                output.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Cox model ({settings.Ties}) of {loaded.Source}{(settings.Cause is null ? string.Empty : $", cause {settings.Cause}")}: n = {fit.Rows} rows{(fit.Subjects is int s ? $" of {s} subjects" : string.Empty)}, {fit.Events} events."));
                coefficients.Write(output, OutputFormat.Table);
                output.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Concordance {fit.Concordance.Value:0.###} (se {fit.Concordance.StandardError:0.###}); log-likelihood {fit.LogLikelihood:0.###} (null {fit.LogLikelihoodNull:0.###})."));
                output.Console.WriteLine(Test("Likelihood-ratio test", fit.LikelihoodRatio));
                output.Console.WriteLine(Test("Wald test", fit.Wald));
                output.Console.WriteLine(Test("Score (log-rank) test", fit.Score));
                if (fit.RobustScore is { } robust)
                    output.Console.WriteLine(Test("Robust score test", robust) + " (the Wald and likelihood-ratio tests assume independent rows; do not trust them with clustered data)");
                break;
        }

        return WillingApp.Success;
    }

    private static string Test(string name, CoxTest t) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}: {t.Statistic:0.###} on {t.DegreesOfFreedom} df, p = {t.P:0.####}");

    /// <summary>The fit as the JSON contract gives it.</summary>
    internal static object Json(CoxFit fit, SurvivalDataLoader.Loaded loaded, SurvivalCoxSettings settings) => new
    {
        source = loaded.Source,
        n = fit.Rows,
        subjects = fit.Subjects,
        events = fit.Events,
        dropped = loaded.Dropped,
        ties = settings.Ties,
        cause = settings.Cause,
        robust = fit.Robust,
        iterations = fit.Iterations,
        converged = fit.Converged,
        loglik_null = fit.LogLikelihoodNull,
        loglik = fit.LogLikelihood,
        concordance = fit.Concordance.Value,
        concordance_se = fit.Concordance.StandardError,
        tests = new { wald = fit.Wald, score = fit.Score, likelihood_ratio = fit.LikelihoodRatio, robust_score = fit.RobustScore },
        coefficients = fit.Coefficients.Select(c => new
        {
            name = c.Name,
            coef = c.Coefficient,
            se = c.StandardError,
            robust_se = c.RobustStandardError,
            hazard_ratio = c.HazardRatio,
            z = c.Z,
            p = c.P,
            ci_low = c.CiLow,
            ci_high = c.CiHigh,
        }),
    };
}

/// <summary>Options of <c>willing survival zph</c>.</summary>
public sealed class SurvivalZphSettings : SurvivalCoxSettings
{
    /// <summary>The transform of time.</summary>
    [CommandOption("--transform <G>")]
    [Description("The function of time the residuals are tested against: km (default, as R), rank, identity or log.")]
    [DefaultValue("km")]
    public string Transform { get; init; } = "km";

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Transform is "km" or "rank" or "identity" or "log" ? base.Validate() : ValidationResult.Error($"--transform is km, rank, identity or log, not '{Markup.Escape(Transform)}'");
}

/// <summary><c>willing survival zph</c>: the proportional-hazards test on scaled Schoenfeld residuals, as R's <c>cox.zph</c>.</summary>
/// <remarks>JSON: <c>{ transform, terms: [{ name, chi_square, degrees_of_freedom, p }], global: { … } }</c>.</remarks>
public sealed class SurvivalZphCommand(CliOutput output) : Command<SurvivalZphSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SurvivalZphSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Fit(output) is not var (fit, loaded))
            return WillingApp.InvalidInput;
        CoxZphResult zph;
        try
        {
            zph = CoxZph.Test(fit, loaded.Data, settings.Transform);
        }
        catch (CoxFitException e)
        {
            output.Error.WriteLine($"willing: cannot test proportional hazards on {Echo.Quote(loaded.Source)}: {e.Message}");
            return WillingApp.InvalidInput;
        }

        var rows = new Tabular("term", "chisq", "df", "p");
        foreach (var t in zph.Terms.Append(zph.Global))
            rows.Add(t.Name, t.ChiSquare, t.DegreesOfFreedom, t.P);
        if (settings.Format == OutputFormat.Json)
            output.Data.WriteLine(JsonSerializer.Serialize(new { source = loaded.Source, transform = zph.Transform, terms = zph.Terms, global = zph.Global }, Output.Json.Options));
        else
            rows.Write(output, settings.Format, settings.Format == OutputFormat.Table ? $"proportional hazards, transform {zph.Transform} (a small p: the effect changes over time)" : null);
        return WillingApp.Success;
    }
}
