namespace Willing.Networks.Metrics;

/// <summary>Burt's constraint (Burt 1992): how much a node's contacts are tied to one another, so that it cannot play them off (igraph's <c>constraint</c>).</summary>
/// <remarks>
/// cᵢ = Σⱼ (pᵢⱼ + Σ_q pᵢ_q p_qⱼ)² over the neighbours j of i, q ≠ i, j, where pᵢⱼ = (aᵢⱼ + aⱼᵢ) / Σₖ (aᵢₖ + aₖᵢ)
/// is the share of i's tie weight (both directions) invested in j. Unweighted edges count 1. NaN for an
/// isolate. A node with one contact scores 1; a hub whose contacts are not tied to each other scores 1/k.
/// </remarks>
public static class Constraint
{
    /// <summary>The constraint of every node.</summary>
    public static double[] Compute(Graph graph, bool weighted = false)
    {
        int n = graph.NodeCount;
        var adj = graph.All;
        var strength = new double[n];
        for (int v = 0; v < n; v++)
        {
            var w = adj.WeightsOf(v);
            for (int k = 0; k < w.Length; k++)
                strength[v] += weighted ? w[k] : 1;
        }

        var result = new double[n];
        var contribution = new double[n];
        var isNeighbor = new bool[n];
        for (int i = 0; i < n; i++)
        {
            var neighbors = adj.Neighbors(i);
            if (neighbors.Length == 0)
            {
                result[i] = double.NaN;
                continue;
            }

            var weights = adj.WeightsOf(i);
            for (int k = 0; k < neighbors.Length; k++)
            {
                contribution[neighbors[k]] = 0;
                isNeighbor[neighbors[k]] = true;
            }

            for (int k = 0; k < neighbors.Length; k++)
                contribution[neighbors[k]] += (weighted ? weights[k] : 1) / strength[i];

            // The indirect part: i's investment in q times q's in j, added to j.
            for (int k = 0; k < neighbors.Length; k++)
            {
                int q = neighbors[k];
                double piq = (weighted ? weights[k] : 1) / strength[i];
                var second = adj.Neighbors(q);
                var secondWeights = adj.WeightsOf(q);
                for (int l = 0; l < second.Length; l++)
                {
                    int j = second[l];
                    if (j != i && isNeighbor[j])
                        contribution[j] += piq * (weighted ? secondWeights[l] : 1) / strength[q];
                }
            }

            double sum = 0;
            for (int k = 0; k < neighbors.Length; k++)
            {
                int j = neighbors[k];
                if (isNeighbor[j])
                {
                    sum += contribution[j] * contribution[j];
                    isNeighbor[j] = false;
                }
            }

            result[i] = sum;
        }

        return result;
    }
}
