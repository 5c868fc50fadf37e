using System.Collections.Immutable;

namespace Willing.Simulation.Analysis;

/// <summary>
/// The Nelder–Mead (1965) simplex method as Lagarias, Reeds, Wright and Wright (1998) state it (MATLAB's
/// <c>fminsearch</c>), with a strict budget of function evaluations; see <c>docs/decisions/0016-simulation-analysis.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// Coefficients: reflection ρ = 1, expansion χ = 2, contraction γ = 1/2, shrink σ = 1/2. The first simplex is the
/// start x0 and, for each coordinate i, x0 + δᵢ eᵢ (the steps given). Each iteration orders the vertices by value,
/// ties by the order they entered the simplex (so a run is deterministic), and stops as converged when every
/// vertex is within <c>parameterTolerance</c> of the best in every coordinate and within <c>valueTolerance</c> of
/// its value (fminsearch's TolX and TolFun). Reflection xr = c + ρ(c − x_worst) with c the centroid of the others;
/// accepted when f0 ≤ fr &lt; f_second-worst; when fr &lt; f0, the expansion xe = c + χ(xr − c) is taken if fe &lt; fr, else xr;
/// when fr ≥ f_second-worst, an outside contraction c + γ(xr − c) (if fr &lt; f_worst, kept if ≤ fr) or an inside one
/// c + γ(x_worst − c) (kept if &lt; f_worst), failing which the simplex shrinks towards the best vertex.
/// </para>
/// <para>
/// Every evaluation counts against <c>maxEvaluations</c>; when the budget is spent the method stops, not converged,
/// and returns the best point evaluated. Unlike MathNet.Numerics' <c>NelderMeadSimplex</c>, which bounds iterations
/// (a shrink costs n evaluations) and ends in an exception when they run out, this never exceeds its budget.
/// </para>
/// </remarks>
public static class NelderMead
{
    /// <summary>Minimises <paramref name="f"/> from <paramref name="start"/> with initial steps <paramref name="steps"/>.</summary>
    /// <exception cref="ArgumentException">The start and the steps differ in length or are empty, or a step is zero.</exception>
    public static NelderMeadResult Minimize(Func<double[], double> f, double[] start, double[] steps, int maxEvaluations,
        double parameterTolerance = 1e-4, double valueTolerance = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEvaluations);
        int n = start.Length;
        if (n == 0 || steps.Length != n)
            throw new ArgumentException("the start and the steps have one entry per coordinate, at least one", nameof(steps));
        if (steps.Any(s => s == 0 || !double.IsFinite(s)))
            throw new ArgumentException("every initial step is finite and non-zero", nameof(steps));

        int evaluations = 0;
        double[] best = [.. start];
        double bestValue = double.PositiveInfinity;
        var budget = new BudgetSpent();
        double Eval(double[] x)
        {
            if (evaluations >= maxEvaluations)
                throw budget;
            evaluations++;
            double v = f(x);
            if (double.IsNaN(v))
                v = double.PositiveInfinity;
            if (v < bestValue)
            {
                bestValue = v;
                best = [.. x];
            }

            return v;
        }

        var x = new double[n + 1][];
        var fx = new double[n + 1];
        var age = new long[n + 1];
        long clock = 0;
        bool converged = false;
        int iterations = 0;
        try
        {
            x[0] = [.. start];
            fx[0] = Eval(x[0]);
            age[0] = clock++;
            for (int i = 0; i < n; i++)
            {
                x[i + 1] = [.. start];
                x[i + 1][i] += steps[i];
                fx[i + 1] = Eval(x[i + 1]);
                age[i + 1] = clock++;
            }

            var order = new int[n + 1];
            var c = new double[n];
            while (true)
            {
                for (int i = 0; i <= n; i++)
                    order[i] = i;
                Array.Sort(order, (a, b) => fx[a] != fx[b] ? fx[a].CompareTo(fx[b]) : age[a].CompareTo(age[b]));
                int b0 = order[0], worst = order[n], second = order[n - 1];
                if (Converged(x, fx, order, parameterTolerance, valueTolerance))
                {
                    converged = true;
                    break;
                }

                iterations++;
                Array.Clear(c);
                for (int k = 0; k < n; k++)
                {
                    for (int d = 0; d < n; d++)
                        c[d] += x[order[k]][d] / n;
                }

                double[] xr = Along(c, x[worst], -1);
                double fr = Eval(xr);
                if (fr < fx[b0])
                {
                    double[] xe = Along(c, x[worst], -2);
                    double fe = Eval(xe);
                    Replace(fe < fr ? xe : xr, Math.Min(fe, fr));
                }
                else if (fr < fx[second])
                {
                    Replace(xr, fr);
                }
                else if (fr < fx[worst])
                {
                    double[] xc = Along(c, x[worst], -0.5);
                    double fc = Eval(xc);
                    if (fc <= fr)
                        Replace(xc, fc);
                    else
                        Shrink(b0);
                }
                else
                {
                    double[] xcc = Along(c, x[worst], 0.5);
                    double fcc = Eval(xcc);
                    if (fcc < fx[worst])
                        Replace(xcc, fcc);
                    else
                        Shrink(b0);
                }

                void Replace(double[] point, double value)
                {
                    x[worst] = point;
                    fx[worst] = value;
                    age[worst] = clock++;
                }
            }
        }
        catch (BudgetSpent)
        {
            converged = false;
        }

        return new NelderMeadResult([.. best], bestValue, evaluations, iterations, converged);

        void Shrink(int b0)
        {
            for (int i = 0; i <= n; i++)
            {
                if (i == b0)
                    continue;
                for (int d = 0; d < n; d++)
                    x[i][d] = x[b0][d] + (0.5 * (x[i][d] - x[b0][d]));
                age[i] = clock++;
                fx[i] = Eval(x[i]);
            }
        }
    }

    /// <summary>c + t (w − c): t = −1 reflects w through c, −2 expands, −1/2 contracts outside, 1/2 inside.</summary>
    private static double[] Along(double[] c, double[] w, double t)
    {
        var p = new double[c.Length];
        for (int d = 0; d < c.Length; d++)
            p[d] = c[d] + (t * (w[d] - c[d]));
        return p;
    }

    private static bool Converged(double[][] x, double[] fx, int[] order, double tolX, double tolF)
    {
        int b = order[0];
        for (int k = 1; k < order.Length; k++)
        {
            int i = order[k];
            if (Math.Abs(fx[i] - fx[b]) > tolF)
                return false;
            for (int d = 0; d < x[b].Length; d++)
            {
                if (Math.Abs(x[i][d] - x[b][d]) > tolX)
                    return false;
            }
        }

        return true;
    }

    private sealed class BudgetSpent : Exception;
}

/// <summary>The outcome of <see cref="NelderMead.Minimize"/>.</summary>
/// <param name="Point">The best point evaluated.</param>
/// <param name="Value">Its value.</param>
/// <param name="Evaluations">The function evaluations made (never above the budget).</param>
/// <param name="Iterations">The simplex iterations begun.</param>
/// <param name="Converged">True when the simplex met both tolerances; false when the budget ran out first.</param>
public sealed record NelderMeadResult(ImmutableArray<double> Point, double Value, int Evaluations, int Iterations, bool Converged);
