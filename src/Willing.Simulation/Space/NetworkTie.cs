namespace Willing.Simulation.Space;

/// <summary>One tie as seen from one of its ends: the node at the other end, the tie's weight and its type.</summary>
/// <param name="Node">The index of the node at the other end.</param>
/// <param name="Weight">The tie's weight: positive and finite.</param>
/// <param name="Type">The tie's type, an index into <see cref="DynamicNetwork.TieTypes"/>.</param>
public readonly record struct NetworkTie(int Node, double Weight, int Type);
