namespace Willing.Lifecycle.Survival;

/// <summary>The errors a Cox fit refuses with, worded for the researcher and naming the covariates.</summary>
internal static class CoxDiagnosis
{
    /// <summary>
    /// Covariates whose pivot the decomposition of the information at coefficients 0 set aside: constant ones, and
    /// those that are linear combinations of others (named by regressing the column on the kept ones in the
    /// information's metric).
    /// </summary>
    public static CoxFitException Singular(CoxDesign d, double[] info, double[] decomposed)
    {
        int p = d.P;
        var dropped = new List<int>();
        var kept = new List<int>();
        for (int j = 0; j < p; j++)
            (decomposed[j * p + j] == 0 ? dropped : kept).Add(j);

        var sentences = new List<string>();
        foreach (int j in dropped)
        {
            string name = d.Names[j];
            if (Constant(d, j, withinStrata: false))
            {
                sentences.Add($"Covariate '{name}' takes the same value in every row, so it has no effect to estimate (R reports its coefficient as NA); drop it.");
            }
            else if (Constant(d, j, withinStrata: true))
            {
                sentences.Add($"Covariate '{name}' takes one value within each stratum, so the strata absorb its effect (R reports its coefficient as NA); drop it or the strata.");
            }
            else
            {
                var partners = Partners(info, p, j, kept);
                sentences.Add(partners.Count == 0
                    ? $"Covariate '{name}' does not vary among the rows at risk at any event time, so it has no effect to estimate (R reports its coefficient as NA); drop it."
                    : $"Covariate '{name}' is a linear combination of {Quote(partners.Select(k => d.Names[k]))}, so its effect cannot be told apart from theirs (R reports its coefficient as NA); drop it or one of them.");
            }
        }

        string message = string.Join(" ", sentences);
        return new CoxFitException(CoxFitProblem.Singular, message, [.. dropped.Select(j => d.Names[j])]);
    }

    /// <summary>
    /// R's check for monotone likelihood after convergence: a coefficient whose next Newton step would still be
    /// large, relative to the coefficient, has a likelihood that rises without bound. Right-censored data uses
    /// <c>coxph.fit</c>'s test, (start, stop] data <c>agreg.fit</c>'s. A column the final information sets aside
    /// (but the initial did not) has run off as well.
    /// </summary>
    public static void CheckInfinite(CoxDesign d, CoxOptions options, double[] beta, double[] u, double[] decomposed)
    {
        var infinite = Suspects(d, options, beta, u, decomposed, finalTest: true);
        for (int j = 0; j < d.P; j++)
        {
            if (decomposed[j * d.P + j] == 0 && !infinite.Contains(j))
                infinite.Add(j);
        }

        if (infinite.Count == 0)
            return;
        infinite.Sort();
        var names = infinite.Select(j => d.Names[j]).ToArray();
        string which = Quote(names);
        throw new CoxFitException(CoxFitProblem.Infinite,
            $"The likelihood converged while the coefficient of {which} was still growing: it is heading to infinity (monotone likelihood; R warns \"Loglik converged before variable {string.Join(",", infinite.Select(j => j + 1))}; coefficient may be infinite\"). "
            + $"This happens when {which} separates the events perfectly, for example when every subject with one value has its event before any other; merge categories, drop {which}, or use a penalised model.",
            [.. names]);
    }

    /// <summary>Iterations ran out: name the coefficients still moving.</summary>
    public static CoxFitException NotConverged(CoxDesign d, CoxOptions options, double[] beta, double[] u, double[] decomposed)
    {
        var moving = Suspects(d, options, beta, u, decomposed, finalTest: false);
        var names = moving.Select(j => d.Names[j]).ToArray();
        string suspects = names.Length switch
        {
            0 => "",
            1 => $" The coefficient of {Quote(names)} was still moving and may be infinite.",
            _ => $" The coefficients of {Quote(names)} were still moving and may be infinite.",
        };
        return new CoxFitException(CoxFitProblem.NotConverged,
            $"The partial likelihood did not converge in {options.MaxIterations} iterations.{suspects} Raise MaxIterations, or check the covariates for near-separation.",
            [.. names]);
    }

    private static List<int> Suspects(CoxDesign d, CoxOptions options, double[] beta, double[] u, double[] decomposed, bool finalTest)
    {
        int p = d.P;
        var inverse = CoxAlgebra.Inverse(decomposed, p);
        double tol = options.InfiniteTolerance ?? Math.Sqrt(options.Epsilon);
        var result = new List<int>();
        for (int k = 0; k < p; k++)
        {
            // |u' V| for column k, on the original scale: the scaling cancels but for one factor.
            double sum = 0;
            for (int j = 0; j < p; j++)
                sum += u[j] * inverse[j * p + k];
            double infs = Math.Abs(sum) * d.Scale[k];
            double coef = Math.Abs(beta[k] * d.Scale[k]);
            bool flagged = !double.IsFinite(u[k])
                || (d.HasStart || !finalTest
                    ? infs > tol * (1 + coef)
                    : infs > options.Epsilon && infs > tol * coef);
            if (flagged)
                result.Add(k);
        }

        return result;
    }

    private static bool Constant(CoxDesign d, int j, bool withinStrata)
    {
        int p = d.P;
        for (int s = 0; s < d.StrataCount; s++)
        {
            int begin = withinStrata ? d.StratumBegin[s] : 0;
            int end = withinStrata ? d.StratumBegin[s + 1] : d.N;
            for (int q = begin + 1; q < end; q++)
            {
                if (d.X[q * p + j] != d.X[begin * p + j])
                    return false;
            }

            if (!withinStrata)
                break;
        }

        return true;
    }

    /// <summary>The kept columns a dropped one depends on: the non-negligible coefficients of its regression on them.</summary>
    private static List<int> Partners(double[] info, int p, int j, List<int> kept)
    {
        int m = kept.Count;
        var result = new List<int>();
        if (m == 0 || !(info[j * p + j] > 0))
            return result;
        var sub = new double[m * m];
        var rhs = new double[m];
        for (int a = 0; a < m; a++)
        {
            rhs[a] = info[kept[a] * p + j];
            for (int b = 0; b < m; b++)
                sub[a * m + b] = info[kept[a] * p + kept[b]];
        }

        CoxAlgebra.Decompose(sub, m, 1e-12);
        CoxAlgebra.Solve(sub, m, rhs);
        double own = Math.Sqrt(info[j * p + j]);
        for (int a = 0; a < m; a++)
        {
            if (Math.Abs(rhs[a]) * Math.Sqrt(info[kept[a] * p + kept[a]]) > 1e-6 * own)
                result.Add(kept[a]);
        }

        return result;
    }

    private static string Quote(IEnumerable<string> names)
    {
        var list = names.Select(n => $"'{n}'").ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }
}
