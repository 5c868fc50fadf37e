namespace Willing.Networks.Metrics;

/// <summary>A count of edges of some kind, with the shares it makes.</summary>
/// <param name="Count">The edges of that kind.</param>
/// <param name="Edges">All edges of the graph.</param>
/// <param name="Base">The edges the count is a share of for <see cref="OfBase"/> (all edges, or the members' edges).</param>
/// <param name="Weight">The summed weight of the edges of that kind.</param>
/// <param name="TotalWeight">The summed weight of all edges.</param>
public sealed record EdgeShare(int Count, int Edges, int Base, double Weight, double TotalWeight)
{
    /// <summary>The share of all edges; NaN for a graph without edges.</summary>
    public double Share => Edges == 0 ? double.NaN : (double)Count / Edges;

    /// <summary>The share of <see cref="Base"/>; NaN when it is 0.</summary>
    public double OfBase => Base == 0 ? double.NaN : (double)Count / Base;

    /// <summary>The share of all edge weight; NaN for a graph without edges.</summary>
    public double WeightShare => TotalWeight == 0 ? double.NaN : Weight / TotalWeight;
}
