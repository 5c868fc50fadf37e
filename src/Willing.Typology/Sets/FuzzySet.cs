namespace Willing.Typology.Sets;

/// <summary>Fuzzy-set operations (Zadeh; Ragin 2000): AND is the minimum, OR the maximum, NOT the complement.</summary>
public static class FuzzySet
{
    /// <summary>Intersection: the minimum membership.</summary>
    public static double And(params ReadOnlySpan<double> memberships)
    {
        if (memberships.IsEmpty)
            throw new ArgumentException("AND needs at least one membership", nameof(memberships));
        double result = 1.0;
        foreach (double m in memberships)
            result = Math.Min(result, m);
        return result;
    }

    /// <summary>Union: the maximum membership.</summary>
    public static double Or(params ReadOnlySpan<double> memberships)
    {
        if (memberships.IsEmpty)
            throw new ArgumentException("OR needs at least one membership", nameof(memberships));
        double result = 0.0;
        foreach (double m in memberships)
            result = Math.Max(result, m);
        return result;
    }

    /// <summary>Negation: 1 − μ.</summary>
    public static double Not(double membership) => 1.0 - membership;
}
