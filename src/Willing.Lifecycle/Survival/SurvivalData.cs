using System.Collections.Immutable;

namespace Willing.Lifecycle.Survival;

/// <summary>
/// Event-history data in the layout of R's <c>Surv(start, stop, status)</c>: one row per subject, or, in the
/// counting-process form, one row per subject and interval (start, stop], so covariates can change over time.
/// </summary>
/// <remarks>
/// <para><see cref="Status"/> is 0 for a censored row and 1 to K for an event of cause k (K = 1 for one kind of
/// event); <see cref="Causes"/> names the causes. Without <see cref="Start"/> every row starts at time 0 (plain
/// right-censored data). Rows of one subject share a <see cref="Clusters"/> label, which robust (sandwich)
/// standard errors group by. Groups split a Kaplan–Meier estimate and a log-rank test; strata split a Cox
/// model's baseline hazard.</para>
/// <para>The analyses take this in memory and never read files; <c>SurvivalCsvReader</c> builds it from a
/// researcher's CSV and <c>EventHistory</c> from a case's memberships and events.</para>
/// </remarks>
public sealed record SurvivalData
{
    /// <summary>Entry times, one per row; default (empty) when every row starts at 0.</summary>
    public ImmutableArray<double> Start { get; init; } = [];

    /// <summary>Exit times (event or censoring), one per row; each later than its start.</summary>
    public required ImmutableArray<double> Stop { get; init; }

    /// <summary>0 censored, k in 1..K an event of cause k; one per row.</summary>
    public required ImmutableArray<int> Status { get; init; }

    /// <summary>The names of causes 1..K, in order (one name, <c>event</c>, for a single kind of event).</summary>
    public ImmutableArray<string> Causes { get; init; } = ["event"];

    /// <summary>Group labels for Kaplan–Meier and the log-rank test, one per row; empty for one group.</summary>
    public ImmutableArray<string> Groups { get; init; } = [];

    /// <summary>Stratum labels for a Cox model, one per row; empty for one stratum.</summary>
    public ImmutableArray<string> Strata { get; init; } = [];

    /// <summary>Subject (cluster) labels, one per row; empty when each row is its own subject.</summary>
    public ImmutableArray<string> Clusters { get; init; } = [];

    /// <summary>The covariates, each with one value per row.</summary>
    public ImmutableArray<Covariate> Covariates { get; init; } = [];

    /// <summary>The number of rows.</summary>
    public int Count => Stop.Length;

    /// <summary>True when rows carry entry times (counting-process form).</summary>
    public bool HasStart => !Start.IsDefaultOrEmpty;

    /// <summary>The number of causes K.</summary>
    public int CauseCount => Causes.Length;

    /// <summary>The entry time of row <paramref name="i"/> (0 without start times).</summary>
    public double StartOf(int i) => HasStart ? Start[i] : 0.0;

    /// <summary>Checks that every column has one value per row, times are finite with start before stop, and statuses lie in 0..K; throws <see cref="ArgumentException"/> otherwise (a caller's mistake: user input is checked by the readers, which locate each error).</summary>
    public SurvivalData Validated()
    {
        int n = Count;
        if (Status.Length != n)
            throw new ArgumentException($"status has {Status.Length} values for {n} rows");
        CheckLength(Start, n, "start");
        CheckLength(Groups, n, "groups");
        CheckLength(Strata, n, "strata");
        CheckLength(Clusters, n, "clusters");
        if (Causes.IsDefaultOrEmpty)
            throw new ArgumentException("at least one cause must be named");
        foreach (var c in Covariates)
        {
            if (c.Values.Length != n)
                throw new ArgumentException($"covariate {c.Name} has {c.Values.Length} values for {n} rows");
        }

        for (int i = 0; i < n; i++)
        {
            double stop = Stop[i], start = StartOf(i);
            if (!double.IsFinite(stop) || !double.IsFinite(start))
                throw new ArgumentException($"row {i}: times must be finite");
            if (HasStart ? stop <= start : stop < 0)
                throw new ArgumentException($"row {i}: stop {stop} is not after start {start}");
            if (Status[i] < 0 || Status[i] > CauseCount)
                throw new ArgumentException($"row {i}: status {Status[i]} is outside 0..{CauseCount}");
        }

        return this;
    }

    private static void CheckLength<T>(ImmutableArray<T> column, int n, string name)
    {
        if (!column.IsDefaultOrEmpty && column.Length != n)
            throw new ArgumentException($"{name} has {column.Length} values for {n} rows");
    }
}

/// <summary>A covariate: its name and one value per row.</summary>
/// <param name="Name">The name, as a model's coefficient is labelled.</param>
/// <param name="Values">One value per row.</param>
public sealed record Covariate(string Name, ImmutableArray<double> Values);
