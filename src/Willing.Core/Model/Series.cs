using System.Collections.Immutable;

namespace Willing.Core.Model;

/// <summary>A count over time: states parties, member organisations, troops.</summary>
/// <param name="Id">The series' id within the file.</param>
/// <param name="Measure">What it counts.</param>
/// <param name="Description">What exactly is counted, and on what basis.</param>
/// <param name="Points">The dated values, in date order.</param>
/// <param name="Provenance">The sources.</param>
public sealed record Series(ItemId Id, SeriesMeasure Measure, string? Description, ImmutableArray<SeriesPoint> Points, Provenance Provenance);

/// <summary>One dated value of a series.</summary>
/// <param name="Date">The date the value holds for.</param>
/// <param name="Value">The value.</param>
/// <param name="Provenance">The sources (the series', unless the point names its own).</param>
public sealed record SeriesPoint(PartialDate Date, decimal Value, Provenance Provenance);
