namespace Willing.Networks;

/// <summary>One compressed-sparse-row adjacency: the neighbours of node v are <c>Targets[Offsets[v]..Offsets[v + 1]]</c>, ascending, with their edge weights.</summary>
/// <param name="Offsets">n + 1 offsets into <paramref name="Targets"/>.</param>
/// <param name="Targets">The neighbour of each slot.</param>
/// <param name="Weights">The weight of each slot's edge.</param>
internal sealed record Adjacency(int[] Offsets, int[] Targets, double[] Weights)
{
    /// <summary>The number of nodes.</summary>
    public int NodeCount => Offsets.Length - 1;

    /// <summary>The number of neighbours of v (edges counted once per slot).</summary>
    public int Count(int v) => Offsets[v + 1] - Offsets[v];

    /// <summary>The neighbours of v.</summary>
    public ReadOnlySpan<int> Neighbors(int v) => Targets.AsSpan(Offsets[v], Offsets[v + 1] - Offsets[v]);

    /// <summary>The weights of v's edges, in the order of <see cref="Neighbors"/>.</summary>
    public ReadOnlySpan<double> WeightsOf(int v) => Weights.AsSpan(Offsets[v], Offsets[v + 1] - Offsets[v]);

    /// <summary>Whether u is a neighbour of v (binary search of the sorted row).</summary>
    public bool Contains(int v, int u) => Neighbors(v).BinarySearch(u) >= 0;

    /// <summary>Builds the adjacency from (from, to, weight) slots; the rows come out sorted by neighbour.</summary>
    public static Adjacency Build(int n, ReadOnlySpan<int> from, ReadOnlySpan<int> to, ReadOnlySpan<double> weight)
    {
        var offsets = new int[n + 1];
        foreach (int f in from)
            offsets[f + 1]++;
        for (int v = 0; v < n; v++)
            offsets[v + 1] += offsets[v];
        var targets = new int[from.Length];
        var weights = new double[from.Length];
        var next = offsets.AsSpan(0, n).ToArray();
        for (int i = 0; i < from.Length; i++)
        {
            int slot = next[from[i]]++;
            targets[slot] = to[i];
            weights[slot] = weight[i];
        }

        for (int v = 0; v < n; v++)
            targets.AsSpan(offsets[v], offsets[v + 1] - offsets[v]).Sort(weights.AsSpan(offsets[v], offsets[v + 1] - offsets[v]));
        return new Adjacency(offsets, targets, weights);
    }
}
