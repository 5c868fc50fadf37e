namespace Willing.Lifecycle.Survival;

/// <summary>
/// The small symmetric systems of a Cox fit: an LDL' decomposition that, as survival's <c>cholesky2</c>, sets aside
/// every pivot below a tolerance times the largest diagonal (a redundant column), and the solves and inverse that
/// treat the set-aside columns as absent (their components 0).
/// </summary>
/// <remarks>Matrices are p × p, row-major, in a flat array; only the lower triangle is read.</remarks>
internal static class CoxAlgebra
{
    /// <summary>
    /// Decomposes <paramref name="m"/> in place into L (unit lower triangle, below the diagonal) and D (the diagonal,
    /// 0 for a set-aside column). Returns the rank, negated when a pivot is clearly negative (not semi-definite).
    /// </summary>
    public static int Decompose(double[] m, int p, double toler)
    {
        double eps = 0;
        for (int i = 0; i < p; i++)
        {
            if (m[i * p + i] > eps)
                eps = m[i * p + i];
        }

        eps = eps == 0 ? toler : eps * toler;
        int rank = 0;
        bool nonNegative = true;
        for (int i = 0; i < p; i++)
        {
            double pivot = m[i * p + i];
            if (!double.IsFinite(pivot) || pivot < eps)
            {
                if (pivot < -8 * eps)
                    nonNegative = false;
                m[i * p + i] = 0;
                for (int j = i + 1; j < p; j++)
                    m[j * p + i] = 0;
                continue;
            }

            rank++;
            for (int j = i + 1; j < p; j++)
                m[j * p + i] /= pivot;
            for (int j = i + 1; j < p; j++)
            {
                double scaled = m[j * p + i] * pivot;
                for (int k = j; k < p; k++)
                    m[k * p + j] -= m[k * p + i] * scaled;
            }
        }

        return nonNegative ? rank : -rank;
    }

    /// <summary>Solves M y = b in place, from <see cref="Decompose"/>'s factors; set-aside components come out 0.</summary>
    public static void Solve(double[] ldl, int p, Span<double> y)
    {
        for (int i = 0; i < p; i++)
        {
            double v = y[i];
            for (int j = 0; j < i; j++)
                v -= ldl[i * p + j] * y[j];
            y[i] = v;
        }

        for (int i = p - 1; i >= 0; i--)
        {
            double d = ldl[i * p + i];
            if (d == 0)
            {
                y[i] = 0;
                continue;
            }

            double v = y[i] / d;
            for (int j = i + 1; j < p; j++)
                v -= ldl[j * p + i] * y[j];
            y[i] = v;
        }
    }

    /// <summary>The (generalised) inverse from <see cref="Decompose"/>'s factors: rows and columns of set-aside components are 0.</summary>
    public static double[] Inverse(double[] ldl, int p)
    {
        var inverse = new double[p * p];
        var column = new double[p];
        for (int c = 0; c < p; c++)
        {
            Array.Clear(column);
            column[c] = 1;
            Solve(ldl, p, column);
            for (int r = 0; r < p; r++)
                inverse[r * p + c] = column[r];
        }

        // Symmetrise away rounding so the variance is exactly symmetric.
        for (int r = 0; r < p; r++)
        {
            for (int c = 0; c < r; c++)
            {
                double v = 0.5 * (inverse[r * p + c] + inverse[c * p + r]);
                inverse[r * p + c] = v;
                inverse[c * p + r] = v;
            }
        }

        return inverse;
    }

    /// <summary>The quadratic form b' M⁻ b (R's <c>coxph.wtest</c>) and the rank of M, for a full symmetric M.</summary>
    public static (double Statistic, int Rank) Quadratic(double[] m, int p, ReadOnlySpan<double> b, double toler)
    {
        var ldl = (double[])m.Clone();
        int rank = Math.Abs(Decompose(ldl, p, toler));
        var y = b.ToArray();
        Solve(ldl, p, y);
        double sum = 0;
        for (int i = 0; i < p; i++)
            sum += b[i] * y[i];
        return (sum, rank);
    }

    /// <summary>Copies the lower triangle onto the upper one.</summary>
    public static void Symmetrise(double[] m, int p)
    {
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < i; j++)
                m[j * p + i] = m[i * p + j];
        }
    }
}
