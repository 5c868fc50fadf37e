using System.Collections.Immutable;
using Willing.Typology.Classification;

namespace Willing.Reports.Validation;

/// <summary>A term of an axis rule that gives the axis its value, with the indicators that give the term its own.</summary>
/// <param name="Dimension">The constitutive dimension, or null in a codebook whose axis rules name indicators directly.</param>
/// <param name="Indicators">The indicators behind it that decide it (for an <c>and</c> the lowest, for an <c>or</c> the highest, for an index every one with data).</param>
public sealed record DecidingTerm(DimensionValue? Dimension, ImmutableArray<IndicatorValue> Indicators);
