using System.Collections.Immutable;
using Willing.Typology.Classification;

namespace Willing.Typology.Analysis;

/// <summary>
/// Two or more classified cases side by side, axis by axis, with the change from each case to the
/// next (a lineage such as Gulf 1991 → Kosovo 1999 → Iraq 2003) and the distance between every pair.
/// </summary>
/// <param name="Cases">The cases, in the order given.</param>
/// <param name="Distances">Euclidean distance over the sets of H, C, S, T and R both cases have measured, divided by √k (0 to 1); null where they share none.</param>
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

    /// <summary>
    /// The distance between two cases over the four axes and R, divided by √k for the k sets both
    /// have measured: R counts, so an end-run (Kosovo) and a UN-authorised force differ even when
    /// their four-axis profiles agree. An undetermined set is left out rather than guessed
    /// (<see cref="SharedSets"/> says how many sets a distance rests on); null when none is shared.
    /// </summary>
    public static double? Distance(CaseClassification a, CaseClassification b)
    {
        double sum = 0;
        int k = 0;
        foreach (var axis in AxisInfo.Cell)
        {
            if (a[axis].Membership is not { } x || b[axis].Membership is not { } y)
                continue;
            sum += (x - y) * (x - y);
            k++;
        }

        return k == 0 ? null : Math.Sqrt(sum / k);
    }

    /// <summary>How many of the five sets both cases have measured: the sets a <see cref="Distance"/> rests on.</summary>
    public static int SharedSets(CaseClassification a, CaseClassification b) =>
        AxisInfo.Cell.Count(axis => a[axis].Membership is not null && b[axis].Membership is not null);

    /// <summary>The change on an axis from each case to the next; null where either lacks data.</summary>
    public ImmutableArray<double?> Changes(Axis axis) =>
        [.. Cases.Zip(Cases.Skip(1), (a, b) => b[axis].Membership - a[axis].Membership)];
}
