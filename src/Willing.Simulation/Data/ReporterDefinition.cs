using Willing.Simulation.Parameters;

namespace Willing.Simulation.Data;

/// <summary>A named reporter: a quantity read off the model (or off each agent) at each recorded step.</summary>
/// <param name="Name">The reporter's name (lower snake case), also its column.</param>
/// <param name="Type">The type of its values.</param>
/// <param name="Table">Whether it reports on the model or on each agent.</param>
/// <param name="Description">What it measures, with its unit.</param>
public sealed record ReporterDefinition(string Name, ColumnType Type, TableKind Table, string Description);
