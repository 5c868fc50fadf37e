namespace Willing.Lifecycle.Survival;

/// <summary>
/// How a pointwise confidence interval for a survival probability (or a probability in state) is built, as R's
/// <c>conf.type</c> of <c>survfit</c>.
/// </summary>
public enum ConfidenceIntervalType
{
    /// <summary>On the log scale, <c>exp(log p ± z·se(log p))</c>, the upper limit capped at 1 (R's default, <c>"log"</c>).</summary>
    Log,

    /// <summary>On the probability scale, <c>p ± z·se(p)</c>, clamped to [0, 1] (R's <c>"plain"</c>).</summary>
    Plain,

    /// <summary>On the log(−log) scale, which keeps both limits inside (0, 1) (R's <c>"log-log"</c>); undefined where p is 0 or 1.</summary>
    LogLog,
}
