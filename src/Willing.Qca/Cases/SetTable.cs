using System.Collections.Immutable;
using Willing.Qca.Data;

namespace Willing.Qca.Cases;

/// <summary>Whether a column of a set table is meant as a condition or as an outcome.</summary>
public enum SetRole
{
    /// <summary>A condition: a set that may be part of a configuration.</summary>
    Condition,

    /// <summary>An outcome: a set whose sufficient or necessary conditions are sought.</summary>
    Outcome,
}

/// <summary>One set measured on every case of a table.</summary>
/// <param name="Name">Its name in expressions (letters, digits, <c>_</c>).</param>
/// <param name="Role">Condition or outcome.</param>
/// <param name="Meaning">What membership in it means and how it is computed from the case data.</param>
/// <param name="Values">Each case's membership in [0, 1], in the order of the table's cases; NaN where unknown.</param>
public sealed record SetColumn(string Name, SetRole Role, string Meaning, ImmutableArray<double> Values);

/// <summary>Cases (coalitions, or the members of one coalition) with their memberships in named sets, built from the case base.</summary>
/// <param name="Name">What the cases are, e.g. <c>coalitions</c> or <c>members of iraq-2003</c>.</param>
/// <param name="Cases">The cases' labels.</param>
/// <param name="Columns">The sets.</param>
/// <param name="Notes">What the construction had to assume or leave out.</param>
public sealed record SetTable(string Name, ImmutableArray<string> Cases, ImmutableArray<SetColumn> Columns, ImmutableArray<string> Notes)
{
    /// <summary>The column of the given name.</summary>
    /// <exception cref="KeyNotFoundException">The table has no such column.</exception>
    public SetColumn this[string name] => Columns.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException($"no set '{name}'");

    /// <summary>True when the table has a column of the given name.</summary>
    public bool Has(string name) => Columns.Any(c => c.Name == name);

    /// <summary>The table as QCA data (the case label header <c>case</c>), for truth tables, fit and minimisation.</summary>
    public QcaData ToData() => QcaData.Create(Cases, Columns.Select(c => new QcaColumn(c.Name, c.Values)), "case");
}
