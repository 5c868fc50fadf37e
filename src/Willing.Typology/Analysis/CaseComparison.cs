using System.Collections.Immutable;
using Willing.Typology.Classification;

namespace Willing.Typology.Analysis;

/// <summary>
/// Two or more classified cases side by side, axis by axis, with the change from each case to the
/// next (a lineage such as Gulf 1991 → Kosovo 1999 → Iraq 2003) and the distance between every pair.
/// </summary>
/// <param name="Cases">The cases, in the order given.</param>
/// <param name="Distances">Euclidean distance over H, C, S, T between every pair, divided by √4 (0 to 1); null where an axis lacks data.</param>
public sealed record CaseComparison(ImmutableArray<CaseClassification> Cases, ImmutableArray<ImmutableArray<double?>> Distances)
{
    /// <summary>Compares cases.</summary>
    public static CaseComparison Of(IReadOnlyList<CaseClassification> cases)
    {
        if (cases.Count < 2)
            throw new ArgumentException("a comparison needs at least two cases", nameof(cases));
        var distances = cases.Select(a => cases.Select(b => Distance(a, b)).ToImmutableArray()).ToImmutableArray();
        return new CaseComparison([.. cases], distances);
    }

    /// <summary>The distance between two cases over the four core axes, divided by √4.</summary>
    public static double? Distance(CaseClassification a, CaseClassification b)
    {
        double sum = 0;
        foreach (var axis in AxisInfo.Core)
        {
            if (a[axis].Membership is not { } x || b[axis].Membership is not { } y)
                return null;
            sum += (x - y) * (x - y);
        }

        return Math.Sqrt(sum / AxisInfo.Core.Count);
    }

    /// <summary>The change on an axis from each case to the next; null where either lacks data.</summary>
    public ImmutableArray<double?> Changes(Axis axis) =>
        [.. Cases.Zip(Cases.Skip(1), (a, b) => b[axis].Membership - a[axis].Membership)];
}
