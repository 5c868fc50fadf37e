using Willing.Networks;

namespace Willing.Simulation.Space;

/// <summary>
/// One direction of a network's ties in compressed sparse rows (CSR): node <c>i</c>'s neighbours are
/// <c>Source[Start[i] .. Start[i + 1])</c> with weights <c>Weight[…]</c>, in the order of <see cref="DynamicNetwork.Ties"/>.
/// A snapshot for mechanisms whose ties do not change during a run: built once, read by every run, never written.
/// </summary>
/// <param name="Start">Row offsets, one per node and one past the end.</param>
/// <param name="Source">The neighbour at each entry.</param>
/// <param name="Weight">The tie weight at each entry.</param>
internal sealed record CompressedTies(int[] Start, int[] Source, double[] Weight)
{
    /// <summary>The ties entering each node of <paramref name="network"/> (leaving and entering are the same on an undirected network).</summary>
    public static CompressedTies Entering(DynamicNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        int n = network.NodeCount;
        var start = new int[n + 1];
        for (int i = 0; i < n; i++)
            start[i + 1] = start[i] + network.Degree(i, NeighborMode.In);
        var source = new int[start[n]];
        var weight = new double[start[n]];
        for (int i = 0; i < n; i++)
        {
            int k = start[i];
            foreach (var tie in network.Ties(i, NeighborMode.In))
            {
                source[k] = tie.Node;
                weight[k++] = tie.Weight;
            }
        }

        return new CompressedTies(start, source, weight);
    }
}
