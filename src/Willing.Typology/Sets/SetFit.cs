namespace Willing.Typology.Sets;

/// <summary>Consistency and coverage of set relations (Ragin 2006, Political Analysis 14(3)), as R's QCA <c>pof()</c> reports them.</summary>
public static class SetFit
{
    /// <summary>Fit of "X is sufficient for Y": inclS = Σmin(X,Y)/ΣX, covS = Σmin(X,Y)/ΣY, PRI = (Σmin(X,Y) − Σmin(X,Y,¬Y))/(ΣX − Σmin(X,Y,¬Y)).</summary>
    public static SufficiencyFit Sufficiency(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Check(x, y);
        double sumX = 0, sumY = 0, sumMin = 0, sumMinNotY = 0;
        for (int i = 0; i < x.Count; i++)
        {
            double m = Math.Min(x[i], y[i]);
            sumX += x[i];
            sumY += y[i];
            sumMin += m;
            sumMinNotY += Math.Min(m, 1 - y[i]);
        }

        return new SufficiencyFit(Ratio(sumMin, sumX), Ratio(sumMin - sumMinNotY, sumX - sumMinNotY), Ratio(sumMin, sumY));
    }

    /// <summary>Fit of "X is necessary for Y": inclN = Σmin(X,Y)/ΣY, covN = Σmin(X,Y)/ΣX, RoN = Σ(1 − X)/Σ(1 − min(X,Y)).</summary>
    public static NecessityFit Necessity(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Check(x, y);
        double sumX = 0, sumY = 0, sumMin = 0, sumNotX = 0, sumNotMin = 0;
        for (int i = 0; i < x.Count; i++)
        {
            double m = Math.Min(x[i], y[i]);
            sumX += x[i];
            sumY += y[i];
            sumMin += m;
            sumNotX += 1 - x[i];
            sumNotMin += 1 - m;
        }

        return new NecessityFit(Ratio(sumMin, sumY), Ratio(sumNotX, sumNotMin), Ratio(sumMin, sumX));
    }

    private static double Ratio(double numerator, double denominator) => denominator == 0 ? double.NaN : numerator / denominator;

    private static void Check(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count)
            throw new ArgumentException($"X has {x.Count} cases and Y has {y.Count}");
        if (x.Count == 0)
            throw new ArgumentException("no cases");
        if (x.Concat(y).Any(v => v is < 0 or > 1 || double.IsNaN(v)))
            throw new ArgumentException("memberships must lie in [0, 1]");
    }
}

/// <summary>Fit of a sufficiency relation.</summary>
/// <param name="InclS">Consistency of sufficiency.</param>
/// <param name="Pri">Proportional reduction in inconsistency.</param>
/// <param name="CovS">Coverage of sufficiency.</param>
public sealed record SufficiencyFit(double InclS, double Pri, double CovS);

/// <summary>Fit of a necessity relation.</summary>
/// <param name="InclN">Consistency of necessity.</param>
/// <param name="RoN">Relevance of necessity.</param>
/// <param name="CovN">Coverage of necessity.</param>
public sealed record NecessityFit(double InclN, double RoN, double CovN);
