namespace Willing.Typology.Classification;

/// <summary>Which of Cooper's models a case's cell is.</summary>
public enum ModelKind
{
    /// <summary>The corner H = C = S = T = 1.</summary>
    One,

    /// <summary>The corner H = C = S = T = 0.</summary>
    Two,

    /// <summary>Any other corner.</summary>
    Hybrid,

    /// <summary>An axis has no data or sits exactly at the crossover, so no cell can be assigned.</summary>
    Undetermined,
}
