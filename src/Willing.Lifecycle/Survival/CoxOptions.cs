using System.Collections.Immutable;

namespace Willing.Lifecycle.Survival;

/// <summary>How tied event times enter the partial likelihood.</summary>
public enum CoxTies
{
    /// <summary>Efron's approximation (R's default): the tied events leave the risk set a share at a time.</summary>
    Efron,

    /// <summary>Breslow's approximation: every tied event sees the whole risk set.</summary>
    Breslow,
}

/// <summary>The choices of a Cox model fit, with R's <c>coxph</c> and <c>coxph.control</c> defaults.</summary>
public sealed record CoxOptions
{
    /// <summary>The handling of tied event times; Efron by default, as R.</summary>
    public CoxTies Ties { get; init; } = CoxTies.Efron;

    /// <summary>
    /// Which status counts as the event: null for any status above 0; k for cause k only, the other causes then
    /// counting as censored (the cause-specific hazard of competing risks).
    /// </summary>
    public int? Cause { get; init; }

    /// <summary>The covariates of the model, by name and in this order; empty for every covariate of the data.</summary>
    public ImmutableArray<string> Covariates { get; init; } = [];

    /// <summary>
    /// Robust (sandwich) standard errors, clustered by the data's subject labels (each row its own cluster when
    /// there are none); null turns them on exactly when the data has subject labels, as R does.
    /// </summary>
    public bool? Robust { get; init; }

    /// <summary>The coverage of the hazard ratios' confidence intervals; 0.95 by default.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Convergence: iterations stop when the log partial likelihood changes by this fraction or less (R's <c>eps</c>, 1e-9).</summary>
    public double Epsilon { get; init; } = 1e-9;

    /// <summary>The most Newton–Raphson iterations (R's <c>iter.max</c>, 20).</summary>
    public int MaxIterations { get; init; } = 20;

    /// <summary>A pivot below this fraction of the largest diagonal of the information matrix marks a covariate as redundant (R's <c>toler.chol</c>, 2^-39, about 1.8e-12).</summary>
    public double CholeskyTolerance { get; init; } = Math.Pow(2, -39);

    /// <summary>The relative size of the next Newton step that flags a coefficient as heading to infinity (R's <c>toler.inf</c>); null for the square root of <see cref="Epsilon"/>.</summary>
    public double? InfiniteTolerance { get; init; }

    /// <summary>Treat times that differ only by rounding as tied, as R's <c>aeqSurv</c> (<c>timefix = TRUE</c>) does.</summary>
    public bool TimeFix { get; init; } = true;

    /// <summary>
    /// When true (the default) a fit that runs out of iterations throws a <see cref="CoxFitException"/>; when false it is
    /// returned with <see cref="CoxFit.Converged"/> false and the estimates of the best iteration.
    /// </summary>
    public bool RequireConvergence { get; init; } = true;
}
