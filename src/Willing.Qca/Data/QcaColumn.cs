using System.Collections.Immutable;

namespace Willing.Qca.Data;

/// <summary>One named numeric column of a <see cref="QcaData"/> table: a raw indicator or a set's memberships, one value per case.</summary>
/// <param name="Name">The column name, as in the header (and as expressions name the set).</param>
/// <param name="Values">One value per case, in case order; <see cref="double.NaN"/> stands for a missing value (NA).</param>
public sealed record QcaColumn(string Name, ImmutableArray<double> Values)
{
    /// <summary>How many values are missing (NA).</summary>
    public int MissingCount => Values.Count(double.IsNaN);

    /// <summary>True when every value present lies in [0, 1], so the column can serve as a set (crisp or fuzzy).</summary>
    public bool IsMembership => Values.All(v => double.IsNaN(v) || v is >= 0 and <= 1);

    /// <summary>True when every value present is 0 or 1 (a crisp set).</summary>
    public bool IsCrisp => Values.All(v => double.IsNaN(v) || v is 0 or 1);
}
