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
