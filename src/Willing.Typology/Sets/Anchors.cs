namespace Willing.Typology.Sets;

/// <summary>
/// The three qualitative anchors of Ragin's direct calibration: full membership, crossover and
/// full non-membership, in the raw indicator's unit.
/// </summary>
/// <remarks>
/// For an increasing set, full membership &gt; crossover &gt; full non-membership; for a decreasing
/// set (more of the raw value means less membership, e.g. days from crisis to launch) the order is
/// reversed. Anything else is refused, as QCA3 refuses it.
/// </remarks>
public readonly record struct Anchors
{
    /// <summary>Creates anchors; throws unless the three values are strictly ordered one way or the other.</summary>
    public Anchors(double fullMembership, double crossover, double fullNonMembership)
    {
        bool increasing = fullMembership > crossover && crossover > fullNonMembership;
        bool decreasing = fullMembership < crossover && crossover < fullNonMembership;
        if (!increasing && !decreasing)
            throw new ArgumentException($"anchors must be strictly ordered (full {fullMembership}, crossover {crossover}, non-membership {fullNonMembership})");
        FullMembership = fullMembership;
        Crossover = crossover;
        FullNonMembership = fullNonMembership;
    }

    /// <summary>The raw value at full membership.</summary>
    public double FullMembership { get; }

    /// <summary>The raw value of maximum ambiguity (membership 0.5).</summary>
    public double Crossover { get; }

    /// <summary>The raw value at full non-membership.</summary>
    public double FullNonMembership { get; }

    /// <summary>True when more of the raw value means more membership.</summary>
    public bool Increasing => FullMembership > Crossover;

    /// <summary>Anchors that are valid, or null with the reason.</summary>
    public static Anchors? TryCreate(double fullMembership, double crossover, double fullNonMembership, out string? error)
    {
        error = null;
        try
        {
            return new Anchors(fullMembership, crossover, fullNonMembership);
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{FullMembership:G6} / {Crossover:G6} / {FullNonMembership:G6}";
}
