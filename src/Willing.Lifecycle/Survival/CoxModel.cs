using System.Collections.Immutable;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Willing.Lifecycle.Survival;

/// <summary>
/// The Cox proportional-hazards model, fitted as R's <c>coxph</c> (survival 3.5) fits it: Newton–Raphson on the
/// partial likelihood from coefficients 0 with step-halving, Efron or Breslow ties, strata, right-censored or
/// (start, stop] counting-process rows, cause-specific hazards, and robust standard errors clustered by subject.
/// </summary>
/// <remarks>
/// <para>The iterations follow <c>coxph.control</c>: stop when the log partial likelihood changes by at most
/// <see cref="CoxOptions.Epsilon"/> relative to the best so far; when a step lowers it, step back part of the way
/// towards the last good estimate (halving, then closer each time). Right-censored data follows R's
/// <c>coxfit6</c>, (start, stop] data its <c>agfit4</c>, down to their differences in when to stop and how to
/// flag an infinite coefficient.</para>
/// <para>Where R warns and carries on, this refuses with a <see cref="CoxFitException"/> that names the covariates:
/// a redundant covariate (constant, or a linear combination of others: R reports NA), a coefficient heading to
/// infinity (R's "Loglik converged before variable k"), iterations that run out (unless
/// <see cref="CoxOptions.RequireConvergence"/> is off).</para>
/// </remarks>
public static class CoxModel
{
    /// <summary>Fits the model; throws <see cref="CoxFitException"/> when it cannot be fitted, <see cref="ArgumentException"/> for inconsistent data.</summary>
    public static CoxFit Fit(SurvivalData data, CoxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new CoxOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIterations, 1);
        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(options), "the confidence level must lie strictly between 0 and 1");
        if (!(options.Epsilon > 0) || !(options.CholeskyTolerance > 0))
            throw new ArgumentOutOfRangeException(nameof(options), "the convergence and Cholesky tolerances must be positive");

        var d = CoxDesign.Build(data, options);
        bool robust = options.Robust ?? d.Cluster is not null;
        if (robust && d.HasStart && d.Cluster is null)
        {
            throw new CoxFitException(CoxFitProblem.InvalidInput,
                "Robust standard errors for (start, stop] rows need subject labels, so the rows of one subject are summed together; give the data its subjects or turn robust errors off.");
        }

        var newton = Newton.Run(d, options);
        int p = d.P;
        var names = d.Names;
        var coef = new double[p];
        for (int k = 0; k < p; k++)
            coef[k] = newton.Beta[k] * d.Scale[k];
        var naive = CoxAlgebra.Inverse(newton.Decomposed, p);
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < p; j++)
                naive[i * p + j] *= d.Scale[i] * d.Scale[j];
        }

        double[]? robustVar = null;
        CoxTest? robustScore = null;
        if (robust)
        {
            bool efron = options.Ties == CoxTies.Efron;
            var dfbeta = Collapse(d, Multiply(CoxResiduals.Score(d, coef, efron), naive, d.N, p), p);
            robustVar = CrossProduct(dfbeta, p);
            var score0 = Collapse(d, CoxResiduals.Score(d, new double[p], efron), p);
            var total = new double[p];
            for (int r = 0; r < score0.Length / p; r++)
            {
                for (int k = 0; k < p; k++)
                    total[k] += score0[r * p + k];
            }

            var (rs, _) = CoxAlgebra.Quadratic(CrossProduct(score0, p), p, total, options.CholeskyTolerance);
            robustScore = ChiSquareTest(rs, p);
        }

        var used = robustVar ?? naive;
        var (wald, _) = CoxAlgebra.Quadratic(used, p, coef, options.CholeskyTolerance);
        double zq = Normal.InvCDF(0, 1, (1 + options.ConfidenceLevel) / 2);
        var coefficients = ImmutableArray.CreateBuilder<CoxCoefficient>(p);
        for (int k = 0; k < p; k++)
        {
            double se = Math.Sqrt(naive[k * p + k]);
            double seUsed = Math.Sqrt(used[k * p + k]);
            double z = coef[k] / seUsed;
            coefficients.Add(new CoxCoefficient
            {
                Name = names[k],
                Coefficient = coef[k],
                StandardError = se,
                RobustStandardError = robustVar is null ? null : seUsed,
                HazardRatio = Math.Exp(coef[k]),
                Z = z,
                P = SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2)),
                CiLow = Math.Exp(coef[k] - zq * seUsed),
                CiHigh = Math.Exp(coef[k] + zq * seUsed),
            });
        }

        return new CoxFit
        {
            Options = options with { Covariates = d.NameList, Robust = robust },
            Rows = d.N,
            Subjects = d.Cluster is null ? null : d.ClusterCount,
            Events = d.Events,
            Strata = d.Stratified ? [.. d.StratumLabels] : [],
            LogLikelihoodNull = newton.LogLikNull,
            LogLikelihood = newton.LogLik,
            Iterations = newton.Iterations,
            Converged = newton.Converged,
            Robust = robust,
            Coefficients = coefficients.MoveToImmutable(),
            NaiveVariance = ToMatrix(naive, p),
            RobustVariance = robustVar is null ? [] : ToMatrix(robustVar, p),
            Wald = ChiSquareTest(wald, p),
            Score = ChiSquareTest(newton.ScoreTest, p),
            LikelihoodRatio = ChiSquareTest(2 * (newton.LogLik - newton.LogLikNull), p),
            RobustScore = robustScore,
            Concordance = CoxConcordanceCalculator.Compute(d, coef),
        };
    }

    /// <summary>A chi-square test with its upper-tail p-value.</summary>
    internal static CoxTest ChiSquareTest(double statistic, int df) => new(statistic, df, ChiSquareP(statistic, df));

    /// <summary>The upper tail of the chi-square distribution.</summary>
    internal static double ChiSquareP(double statistic, double df) =>
        statistic > 0 ? SpecialFunctions.GammaUpperRegularized(df / 2, statistic / 2) : 1.0;

    internal static ImmutableArray<ImmutableArray<double>> ToMatrix(double[] m, int p)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<double>>(p);
        for (int i = 0; i < p; i++)
            rows.Add([.. m.AsSpan(i * p, p)]);
        return rows.MoveToImmutable();
    }

    /// <summary>Rows (n × p) times a p × p matrix.</summary>
    private static double[] Multiply(double[] rows, double[] m, int n, int p)
    {
        var result = new double[n * p];
        for (int r = 0; r < n; r++)
        {
            for (int j = 0; j < p; j++)
            {
                double sum = 0;
                for (int k = 0; k < p; k++)
                    sum += rows[r * p + k] * m[k * p + j];
                result[r * p + j] = sum;
            }
        }

        return result;
    }

    /// <summary>Rows by position summed within subjects (one row per subject), or left one per row without subject labels.</summary>
    private static double[] Collapse(CoxDesign d, double[] byPosition, int p)
    {
        if (d.Cluster is not int[] cluster)
            return byPosition;
        var sum = new double[d.ClusterCount * p];
        for (int q = 0; q < d.N; q++)
        {
            int c = cluster[q];
            for (int k = 0; k < p; k++)
                sum[c * p + k] += byPosition[q * p + k];
        }

        return sum;
    }

    /// <summary>R' R for rows R (m × p).</summary>
    private static double[] CrossProduct(double[] rows, int p)
    {
        var result = new double[p * p];
        int m = rows.Length / p;
        for (int r = 0; r < m; r++)
        {
            int o = r * p;
            for (int i = 0; i < p; i++)
            {
                double v = rows[o + i];
                for (int j = 0; j <= i; j++)
                    result[i * p + j] += v * rows[o + j];
            }
        }

        CoxAlgebra.Symmetrise(result, p);
        return result;
    }

    /// <summary>The Newton–Raphson iterations, on R's scaled covariates.</summary>
    private sealed class Newton
    {
        public required double[] Beta { get; init; }
        public required double[] Decomposed { get; init; }
        public required double LogLikNull { get; init; }
        public required double LogLik { get; init; }
        public required double ScoreTest { get; init; }
        public required int Iterations { get; init; }
        public required bool Converged { get; init; }

        public static Newton Run(CoxDesign d, CoxOptions options)
        {
            int p = d.P;
            var engine = new CoxEngine(d, options.Ties == CoxTies.Efron);
            var beta = new double[p];
            var u = new double[p];
            var imat = new double[p * p];
            double loglik0 = engine.Evaluate(beta, u, imat);
            if (!double.IsFinite(loglik0))
                throw new CoxFitException(CoxFitProblem.InvalidInput, "The log partial likelihood is not finite at coefficients 0; check the covariates for extreme values.");
            var info0 = (double[])imat.Clone();
            int rank0 = CoxAlgebra.Decompose(imat, p, options.CholeskyTolerance);
            if (Math.Abs(rank0) < p)
                throw CoxDiagnosis.Singular(d, info0, imat);
            var step = (double[])u.Clone();
            CoxAlgebra.Solve(imat, p, step);
            double score = 0;
            for (int k = 0; k < p; k++)
                score += u[k] * step[k];

            int maxIter = options.MaxIterations;
            var state = d.HasStart
                ? CountingProcess(engine, d, options, beta, step, u, imat, loglik0, rank0)
                : RightCensored(engine, d, options, beta, step, u, imat, loglik0);

            if (state.Converged && maxIter > 1)
                CoxDiagnosis.CheckInfinite(d, options, state.Beta, u, imat);
            if (!state.Converged && options.RequireConvergence)
                throw CoxDiagnosis.NotConverged(d, options, state.Beta, u, imat);
            return new Newton
            {
                Beta = state.Beta,
                Decomposed = imat,
                LogLikNull = loglik0,
                LogLik = state.LogLik,
                ScoreTest = score,
                Iterations = state.Iterations,
                Converged = state.Converged,
            };
        }

        /// <summary>R's <c>coxfit6</c>: converge on any evaluation; when out of iterations, go back to the best.</summary>
        private static (double[] Beta, double LogLik, int Iterations, bool Converged) RightCensored(
            CoxEngine engine, CoxDesign d, CoxOptions options, double[] beta, double[] step, double[] u, double[] imat, double loglik0)
        {
            int p = d.P;
            var next = new double[p];
            for (int k = 0; k < p; k++)
                next[k] = beta[k] + step[k];
            double best = loglik0;
            int halving = 0;
            for (int iter = 1; iter <= options.MaxIterations; iter++)
            {
                double loglik = engine.Evaluate(next, u, imat);
                bool notFinite = !double.IsFinite(loglik) || !AllFinite(u) || !AllFinite(imat);
                CoxAlgebra.Decompose(imat, p, options.CholeskyTolerance);
                if (!notFinite && Math.Abs(1 - best / loglik) <= options.Epsilon)
                    return (next, loglik, iter, true);
                if (notFinite || loglik < best)
                {
                    halving++;
                    for (int k = 0; k < p; k++)
                        next[k] = (next[k] + halving * beta[k]) / (halving + 1.0);
                }
                else
                {
                    halving = 0;
                    best = loglik;
                    Array.Copy(u, step, p);
                    CoxAlgebra.Solve(imat, p, step);
                    for (int k = 0; k < p; k++)
                    {
                        beta[k] = next[k];
                        next[k] += step[k];
                    }
                }
            }

            double last = engine.Evaluate(beta, u, imat);
            CoxAlgebra.Decompose(imat, p, options.CholeskyTolerance);
            return (beta, last, options.MaxIterations, false);
        }

        /// <summary>R's <c>agfit4</c>: converge only on a full step; when out of iterations, keep the last unless it was worse.</summary>
        private static (double[] Beta, double LogLik, int Iterations, bool Converged) CountingProcess(
            CoxEngine engine, CoxDesign d, CoxOptions options, double[] beta, double[] step, double[] u, double[] imat, double loglik0, int rank0)
        {
            int p = d.P;
            var old = (double[])beta.Clone();
            var current = new double[p];
            for (int k = 0; k < p; k++)
                current[k] = beta[k] + step[k];
            double best = loglik0;
            int halving = 0;
            for (int iter = 1; ; iter++)
            {
                double loglik = engine.Evaluate(current, u, imat);
                int fail = 0;
                for (int k = 0; k < p; k++)
                {
                    if (!double.IsFinite(imat[k * p + k]))
                        fail++;
                }

                int rank = CoxAlgebra.Decompose(imat, p, options.CholeskyTolerance);
                if (!double.IsFinite(loglik))
                    fail++;
                fail += Math.Abs(rank0 - rank);
                if (fail == 0 && halving == 0 && Math.Abs(1 - best / loglik) <= options.Epsilon)
                    return (current, loglik, iter, true);
                if (iter == options.MaxIterations)
                {
                    if (options.MaxIterations > 1 && (loglik - best) / Math.Abs(best) < -options.Epsilon)
                    {
                        loglik = engine.Evaluate(old, u, imat);
                        CoxAlgebra.Decompose(imat, p, options.CholeskyTolerance);
                        return (old, loglik, iter, false);
                    }

                    return (current, loglik, iter, false);
                }

                if (fail > 0 || loglik < best)
                {
                    halving++;
                    for (int k = 0; k < p; k++)
                        current[k] = (old[k] * halving + current[k]) / (halving + 1.0);
                }
                else
                {
                    halving = 0;
                    best = loglik;
                    Array.Copy(u, step, p);
                    CoxAlgebra.Solve(imat, p, step);
                    for (int k = 0; k < p; k++)
                    {
                        old[k] = current[k];
                        current[k] += step[k];
                    }
                }
            }
        }

        private static bool AllFinite(double[] values)
        {
            foreach (double v in values)
            {
                if (!double.IsFinite(v))
                    return false;
            }

            return true;
        }
    }
}
