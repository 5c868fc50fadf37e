using System.Collections.Immutable;

namespace Willing.Simulation.Parameters;

/// <summary>One axis of a <see cref="ParameterGrid"/>: a parameter and the values it takes, in order.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Values">Its values, in the order the grid enumerates them.</param>
public sealed record GridAxis(string Name, ImmutableArray<ScalarValue> Values);
