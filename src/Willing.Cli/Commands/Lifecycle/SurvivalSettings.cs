using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Lifecycle;

/// <summary>Where the event-history data of a <c>willing survival</c> analysis come from: a case's members (as <c>survival export</c> builds their rows) or a researcher's CSV.</summary>
/// <remarks><see cref="SurvivalDataLoader"/> is the one place that turns these options into data.</remarks>
public class SurvivalSettings : LifecycleSettings
{
    /// <summary>The case.</summary>
    [CommandArgument(0, "[CASE]")]
    [Description("The id of a case (its partners' months, as 'survival export' gives them), or a case file of your own; or give --csv.")]
    public string? Case { get; init; }

    /// <summary>The CSV file.</summary>
    [CommandOption("--csv <FILE>")]
    [Description("Event-history data of your own: a CSV with a header row; name its columns with --time and --event (and --start, --group, --strata, --cluster, --covariates).")]
    public string? Csv { get; init; }

    /// <summary>The time column.</summary>
    [CommandOption("--time <COLUMN>")]
    [Description("With --csv: the column of exit times (the stop of a (start, stop] interval).")]
    public string? Time { get; init; }

    /// <summary>The event column.</summary>
    [CommandOption("--event <COLUMN>")]
    [Description("With --csv: the column of events, 1/0, true/false or R's 2/1 (2 = event); for cif, the cause of each exit (0 or censored for none).")]
    public string? Event { get; init; }

    /// <summary>The start column.</summary>
    [CommandOption("--start <COLUMN>")]
    [Description("With --csv: the column of entry times, for counting-process (start, stop] data.")]
    public string? Start { get; init; }

    /// <summary>The group column.</summary>
    [CommandOption("--group <COLUMN>")]
    [Description("The column whose values split the curves (with a case: one of the covariates of 'survival export', e.g. on_membership_list).")]
    public string? Group { get; init; }

    /// <summary>The strata column.</summary>
    [CommandOption("--strata <COLUMN>")]
    [Description("With --csv: the column of strata (separate baseline hazards; for km and the log-rank test, strata of the test).")]
    public string? Strata { get; init; }

    /// <summary>The cluster column.</summary>
    [CommandOption("--cluster <COLUMN>")]
    [Description("With --csv: the column of subject ids; a Cox model then gives robust standard errors clustered by subject (a case's rows are clustered by member).")]
    public string? Cluster { get; init; }

    /// <summary>The covariates.</summary>
    [CommandOption("--covariates <NAMES>")]
    [Description("Comma-separated covariate columns (with a case, of 'survival export'; default election_past3,gov_change_past3,casualties_past3).")]
    public string? Covariates { get; init; }

    /// <summary>The confidence level.</summary>
    [CommandOption("--level <P>")]
    [Description("The confidence level of intervals (default 0.95).")]
    [DefaultValue(0.95)]
    public double Level { get; init; } = 0.95;

    /// <summary>The covariates named, or null.</summary>
    public IReadOnlyList<string>? CovariateNames =>
        Covariates?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Csv) == string.IsNullOrWhiteSpace(Case))
            return ValidationResult.Error("give a case id or --csv FILE (the event-history data to read), not both");
        if (Csv is not null && (Time is null || Event is null))
            return ValidationResult.Error("with --csv, name the columns of times and events: --time COLUMN --event COLUMN");
        if (Case is not null && (Time is not null || Event is not null || Start is not null || Strata is not null || Cluster is not null))
            return ValidationResult.Error("--time, --event, --start, --strata and --cluster name columns of a CSV; a case's rows have their own (start, stop, event, member)");
        if (Csv is not null && Cases is not null)
            return ValidationResult.Error("--cases chooses a case; with --csv there is none");
        if (!(Level > 0 && Level < 1))
            return ValidationResult.Error("--level is a probability between 0 and 1, e.g. 0.95");
        if (CovariateNames is { Count: 0 })
            return ValidationResult.Error("--covariates names at least one column");
        return base.Validate();
    }
}

/// <summary>The options of the commands that estimate curves (<c>survival km</c>, <c>survival cif</c>): the scale of their confidence intervals.</summary>
public class SurvivalCurveSettings : SurvivalSettings
{
    /// <summary>The scale of the confidence intervals.</summary>
    [CommandOption("--conf-type <TYPE>")]
    [Description("The scale of the confidence intervals: log (default, as R's survfit), log-log or plain.")]
    [DefaultValue("log")]
    public string ConfType { get; init; } = "log";

    /// <summary>The scale as the estimators take it.</summary>
    public Willing.Lifecycle.Survival.ConfidenceIntervalType ConfidenceType => ConfType switch
    {
        "plain" => Willing.Lifecycle.Survival.ConfidenceIntervalType.Plain,
        "log-log" => Willing.Lifecycle.Survival.ConfidenceIntervalType.LogLog,
        _ => Willing.Lifecycle.Survival.ConfidenceIntervalType.Log,
    };

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        ConfType is "log" or "log-log" or "plain" ? base.Validate() : ValidationResult.Error($"--conf-type is log, log-log or plain, not '{Markup.Escape(ConfType)}'");
}
