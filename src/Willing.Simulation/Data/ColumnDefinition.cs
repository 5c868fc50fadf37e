using Willing.Simulation.Parameters;

namespace Willing.Simulation.Data;

/// <summary>One column of a result table.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Type">The type of its values.</param>
/// <param name="Role">What it holds.</param>
/// <param name="Description">What it means.</param>
public sealed record ColumnDefinition(string Name, ColumnType Type, ColumnRole Role, string Description);
