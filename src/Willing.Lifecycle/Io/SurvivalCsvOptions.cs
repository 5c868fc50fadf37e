namespace Willing.Lifecycle.Io;

/// <summary>Which columns of a researcher's CSV hold what, and the limits that keep any file from exhausting time or memory.</summary>
/// <param name="Time">The column of exit times (the stop of a (start, stop] interval).</param>
/// <param name="Event">The column of event indicators: 1/0, true/false, or R's 2/1 (2 = event); with <paramref name="Causes"/>, the cause of each exit, <c>0</c> or <c>censored</c> for none.</param>
/// <param name="Start">The column of entry times, for counting-process (start, stop] data; null when every row starts at 0.</param>
/// <param name="Group">The column of group labels (Kaplan–Meier curves, the log-rank test).</param>
/// <param name="Strata">The column of strata (separate baseline hazards in a Cox model).</param>
/// <param name="Cluster">The column of subject ids (robust standard errors clustered by subject).</param>
/// <param name="Covariates">The covariate columns (numbers; <c>NA</c> or an empty field marks a value missing, and such rows are left out as R's coxph leaves them out).</param>
/// <param name="Causes">Whether the event column names causes (competing risks) instead of 1/0.</param>
/// <param name="MaxFileBytes">The largest file read (1 GiB).</param>
/// <param name="MaxRows">The most data rows (20 million).</param>
/// <param name="MaxErrors">The most errors reported; the rest are counted in one closing error.</param>
public sealed record SurvivalCsvOptions(
    string Time,
    string Event,
    string? Start = null,
    string? Group = null,
    string? Strata = null,
    string? Cluster = null,
    IReadOnlyList<string>? Covariates = null,
    bool Causes = false,
    long MaxFileBytes = 1L << 30,
    int MaxRows = 20_000_000,
    int MaxErrors = 100);
