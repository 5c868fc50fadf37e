using System.Collections.Immutable;
using Willing.Typology.Classification;

namespace Willing.Typology.Indicators;

/// <summary>
/// What an indicator's computation found in one case: a number (for direct calibration), a
/// category (for direct assignment), or nothing, with the reason and the facts used.
/// </summary>
/// <param name="Value">The raw number, when the indicator is numeric and the case has data.</param>
/// <param name="Category">The category, when the indicator is categorical and the case has data.</param>
/// <param name="Computation">How the value was computed for this case, in words.</param>
/// <param name="Evidence">The facts behind it, with their sources.</param>
/// <param name="Missing">Why there is no value, when there is none.</param>
public sealed record RawMeasure(double? Value, string? Category, string Computation, ImmutableArray<Evidence> Evidence, string? Missing)
{
    /// <summary>
    /// The interval the raw value may lie in when the facts behind it are ranges or bounds
    /// ("15,000–30,000", "more than 80"): the lowest and highest value the indicator can take over
    /// them. Null when every figure is exact. The engine carries it into the axis bounds.
    /// </summary>
    public (double Low, double High)? Interval { get; init; }

    /// <summary>For a count share (k of n): the count k.</summary>
    public int? Count { get; init; }

    /// <summary>For a count share (k of n): the n behind it.</summary>
    public int? N { get; init; }

    /// <summary>
    /// A count share pulled towards a point of ignorance by as much as its n is small:
    /// (k + z²·x₀) / (n + z²). With x₀ = ½ it is the centre of the Wilson score interval (Wilson 1927;
    /// Agresti and Coull 1998); the engine takes x₀ at the indicator's crossover anchor, so that
    /// shrinking moves a share towards maximal ambiguity but never across the crossover. Other values
    /// are returned as they are.
    /// </summary>
    /// <param name="z">The normal quantile (1.96 for 95%).</param>
    /// <param name="towards">x₀, the value shrunk towards.</param>
    public double? Shrunk(double z, double towards = 0.5) => Count is { } k && N is { } n && n > 0
        ? (k + (z * z * towards)) / (n + (z * z))
        : Value;

    /// <summary>A share counted as k of n: its value is k / n, and the codebook may shrink it (<see cref="Shrunk"/>).</summary>
    public static RawMeasure Share(int count, int n, string computation, IEnumerable<Evidence> evidence) =>
        new((double)count / n, null, computation, [.. evidence], null) { Count = count, N = n };

    /// <summary>True when the case had data.</summary>
    public bool HasData => Missing is null;

    /// <summary>A numeric value.</summary>
    public static RawMeasure Number(double value, string computation, IEnumerable<Evidence> evidence) =>
        new(value, null, computation, [.. evidence], null);

    /// <summary>A category.</summary>
    public static RawMeasure Of(string category, string computation, IEnumerable<Evidence> evidence) =>
        new(null, category, computation, [.. evidence], null);

    /// <summary>No data, and why.</summary>
    public static RawMeasure None(string reason) => new(null, null, string.Empty, [], reason);
}
