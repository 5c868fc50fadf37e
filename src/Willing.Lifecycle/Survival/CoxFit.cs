using System.Collections.Immutable;

namespace Willing.Lifecycle.Survival;

/// <summary>A fitted Cox proportional-hazards model: what R's <c>coxph</c> and <c>summary.coxph</c> report.</summary>
public sealed record CoxFit
{
    /// <summary>The options of the fit, with <see cref="CoxOptions.Covariates"/> resolved to the covariates used and <see cref="CoxOptions.Robust"/> to whether robust errors were computed.</summary>
    public required CoxOptions Options { get; init; }

    /// <summary>The number of rows (R's <c>n</c>).</summary>
    public required int Rows { get; init; }

    /// <summary>The number of subjects (distinct subject labels) when the data has them; null otherwise.</summary>
    public int? Subjects { get; init; }

    /// <summary>The number of events (R's <c>nevent</c>).</summary>
    public required int Events { get; init; }

    /// <summary>The strata, in ordinal order of their labels; empty for an unstratified model.</summary>
    public ImmutableArray<string> Strata { get; init; } = [];

    /// <summary>The log partial likelihood with every coefficient 0.</summary>
    public required double LogLikelihoodNull { get; init; }

    /// <summary>The log partial likelihood at the estimates.</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>The Newton–Raphson iterations taken (R's <c>iter</c>); <see cref="CoxOptions.MaxIterations"/> when they ran out.</summary>
    public required int Iterations { get; init; }

    /// <summary>Whether the likelihood converged; false only when <see cref="CoxOptions.RequireConvergence"/> is off and the iterations ran out.</summary>
    public required bool Converged { get; init; }

    /// <summary>Whether the standard errors, z statistics, intervals and Wald test use the robust (sandwich) variance.</summary>
    public required bool Robust { get; init; }

    /// <summary>One entry per covariate, in model order.</summary>
    public required ImmutableArray<CoxCoefficient> Coefficients { get; init; }

    /// <summary>The variance of the coefficients the tests and intervals use: <see cref="RobustVariance"/> when robust, else <see cref="NaiveVariance"/> (R's <c>var</c>).</summary>
    public ImmutableArray<ImmutableArray<double>> Variance => Robust ? RobustVariance : NaiveVariance;

    /// <summary>The model-based variance, the inverse of the information matrix (R's <c>naive.var</c> when robust).</summary>
    public required ImmutableArray<ImmutableArray<double>> NaiveVariance { get; init; }

    /// <summary>The robust (sandwich) variance, from the dfbeta residuals summed within subjects; empty when not robust.</summary>
    public ImmutableArray<ImmutableArray<double>> RobustVariance { get; init; } = [];

    /// <summary>The Wald test that every coefficient is 0, with <see cref="Variance"/>.</summary>
    public required CoxTest Wald { get; init; }

    /// <summary>The score (log-rank) test at coefficients 0, with the model-based information.</summary>
    public required CoxTest Score { get; init; }

    /// <summary>The likelihood-ratio test.</summary>
    public required CoxTest LikelihoodRatio { get; init; }

    /// <summary>The robust score test R prints with robust errors; null when not robust.</summary>
    public CoxTest? RobustScore { get; init; }

    /// <summary>Harrell's concordance of the linear predictor with the outcome, as R's <c>fit$concordance</c>.</summary>
    public required CoxConcordance Concordance { get; init; }
}

/// <summary>One coefficient of a Cox model.</summary>
public sealed record CoxCoefficient
{
    /// <summary>The covariate's name.</summary>
    public required string Name { get; init; }

    /// <summary>The estimate, a log hazard ratio per unit of the covariate.</summary>
    public required double Coefficient { get; init; }

    /// <summary>The model-based standard error.</summary>
    public required double StandardError { get; init; }

    /// <summary>The robust standard error; null when the fit is not robust.</summary>
    public double? RobustStandardError { get; init; }

    /// <summary>The hazard ratio, the exponential of the coefficient.</summary>
    public required double HazardRatio { get; init; }

    /// <summary>The coefficient over its standard error (the robust one when robust).</summary>
    public required double Z { get; init; }

    /// <summary>The two-sided p-value of <see cref="Z"/>.</summary>
    public required double P { get; init; }

    /// <summary>The lower end of the hazard ratio's confidence interval.</summary>
    public required double CiLow { get; init; }

    /// <summary>The upper end of the hazard ratio's confidence interval.</summary>
    public required double CiHigh { get; init; }
}

/// <summary>A chi-square test.</summary>
/// <param name="Statistic">The chi-square statistic.</param>
/// <param name="DegreesOfFreedom">Its degrees of freedom.</param>
/// <param name="P">The upper-tail p-value.</param>
public sealed record CoxTest(double Statistic, int DegreesOfFreedom, double P);

/// <summary>The concordance of a Cox model's risk scores with the outcome, as survival 3.x computes it.</summary>
/// <remarks>
/// A pair is comparable when one member has the event while the other is still at risk (later, or censored at
/// the same time), within a stratum; with (start, stop] rows the risk scores compared are those current at the
/// event. The pair is concordant when the member with the event has the higher risk score.
/// </remarks>
public sealed record CoxConcordance
{
    /// <summary>Comparable pairs in which the member with the event has the higher risk score.</summary>
    public required double Concordant { get; init; }

    /// <summary>Comparable pairs in which it has the lower risk score.</summary>
    public required double Discordant { get; init; }

    /// <summary>Comparable pairs tied on the risk score (R's <c>tied.x</c>); they count one half.</summary>
    public required double TiedRisk { get; init; }

    /// <summary>Pairs with events at the same time and different risk scores (R's <c>tied.y</c>); not comparable.</summary>
    public required double TiedTime { get; init; }

    /// <summary>Pairs with events at the same time and the same risk score (R's <c>tied.xy</c>).</summary>
    public required double TiedBoth { get; init; }

    /// <summary>The concordance, (concordant + tied / 2) / (concordant + discordant + tied).</summary>
    public required double Value { get; init; }

    /// <summary>Its infinitesimal-jackknife standard error, summed within subjects when the data has subject labels.</summary>
    public required double StandardError { get; init; }
}
