using System.Collections.Immutable;
using Willing.Typology.Classification;

namespace Willing.Reports.Validation;

/// <summary>A term of an axis rule (a dimension, or an indicator) that had no data, with the indicators behind it and why each had none.</summary>
/// <param name="Id">The dimension's (or indicator's) id, e.g. <c>H-hub</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="Indicators">Its indicators, each without data and with its <see cref="IndicatorValue.MissingReason"/>.</param>
public sealed record MissingTerm(string Id, string Name, ImmutableArray<IndicatorValue> Indicators);
