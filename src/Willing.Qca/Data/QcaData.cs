using System.Collections.Immutable;
using System.Globalization;
using Willing.Core.Reading;

namespace Willing.Qca.Data;

/// <summary>
/// The data of a QCA: one row per case, named by its label, and named numeric columns (raw indicators or set
/// memberships). Missing values (NA) are allowed and listed in <see cref="Missing"/>; each analysis leaves out
/// the cases with a missing value in a column it uses and says which.
/// </summary>
/// <remarks>Immutable; <see cref="With(QcaColumn)"/> gives a new table with a column added or replaced (e.g. by its calibration).</remarks>
public sealed class QcaData
{
    private readonly Dictionary<string, int> _index;

    private QcaData(string labelHeader, ImmutableArray<string> cases, ImmutableArray<QcaColumn> columns, Dictionary<string, int> index)
    {
        LabelHeader = labelHeader;
        Cases = cases;
        Columns = columns;
        _index = index;
    }

    /// <summary>The header of the label column (may be empty, as R writes row names).</summary>
    public string LabelHeader { get; }

    /// <summary>The case labels, unique, in file order.</summary>
    public ImmutableArray<string> Cases { get; }

    /// <summary>The numeric columns, in file order.</summary>
    public ImmutableArray<QcaColumn> Columns { get; }

    /// <summary>The column names, in file order.</summary>
    public IEnumerable<string> ColumnNames => Columns.Select(c => c.Name);

    /// <summary>The number of cases.</summary>
    public int CaseCount => Cases.Length;

    /// <summary>Every missing value, case by case in file order.</summary>
    public ImmutableArray<MissingCell> Missing =>
        [.. Enumerable.Range(0, Cases.Length).SelectMany(i => Columns.Where(c => double.IsNaN(c.Values[i])).Select(c => new MissingCell(Cases[i], c.Name)))];

    /// <summary>A table from case labels and columns.</summary>
    /// <exception cref="ArgumentException">Labels are empty or repeated, column names are empty or repeated, or a column's length differs from the number of cases.</exception>
    public static QcaData Create(IEnumerable<string> cases, IEnumerable<QcaColumn> columns, string labelHeader = "")
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(columns);
        ImmutableArray<string> labels = [.. cases];
        ImmutableArray<QcaColumn> cols = [.. columns];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (string.IsNullOrWhiteSpace(label))
                throw new ArgumentException("a case label is empty", nameof(cases));
            if (!seen.Add(label))
                throw new ArgumentException($"the case label '{Echo.Quote(label)}' is used twice", nameof(cases));
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < cols.Length; c++)
        {
            if (string.IsNullOrWhiteSpace(cols[c].Name))
                throw new ArgumentException("a column has no name", nameof(columns));
            if (!index.TryAdd(cols[c].Name, c))
                throw new ArgumentException($"the column name '{Echo.Quote(cols[c].Name)}' is used twice", nameof(columns));
            if (cols[c].Values.Length != labels.Length)
                throw new ArgumentException($"the column '{Echo.Quote(cols[c].Name)}' has {cols[c].Values.Length.ToString(CultureInfo.InvariantCulture)} values for {labels.Length.ToString(CultureInfo.InvariantCulture)} cases", nameof(columns));
            if (cols[c].Values.Any(double.IsInfinity))
                throw new ArgumentException($"the column '{Echo.Quote(cols[c].Name)}' holds an infinite value", nameof(columns));
        }

        return new QcaData(labelHeader, labels, cols, index);
    }

    /// <summary>True when the table has a column of that exact name.</summary>
    public bool HasColumn(string name) => _index.ContainsKey(name);

    /// <summary>The column of that exact name.</summary>
    /// <exception cref="QcaException">There is none; the error names the columns there are, and the nearest.</exception>
    public QcaColumn Column(string name) => _index.TryGetValue(name, out int i) ? Columns[i] : throw new QcaException(UnknownColumn(name));

    /// <summary>The column of that exact name, or null.</summary>
    public QcaColumn? FindColumn(string name) => _index.TryGetValue(name, out int i) ? Columns[i] : null;

    /// <summary>A table with <paramref name="column"/> in place of the column of the same name, or added after the others.</summary>
    public QcaData With(QcaColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var columns = _index.TryGetValue(column.Name, out int i) ? Columns.SetItem(i, column) : Columns.Add(column);
        return Create(Cases, columns, LabelHeader);
    }

    /// <summary>The error for a column name the table does not have: what is near and what there is.</summary>
    /// <param name="name">The name asked for.</param>
    /// <param name="text">The text the name was found in (an expression or a spec), for the error's location.</param>
    /// <param name="position">The 1-based character of the name in <paramref name="text"/>.</param>
    public QcaError UnknownColumn(string name, string? text = null, int? position = null)
    {
        var names = ColumnNames.ToList();
        string? near = names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            ?? new InputDiagnostics(string.Empty).Suggest(name, names);
        string hint = near is null ? string.Empty : $" (did you mean '{Echo.Quote(near)}'? names are exact)";
        string list = string.Join(", ", names.Take(30).Select(n => Echo.Quote(n)));
        if (names.Count > 30)
            list += ", …";
        return new QcaError($"the data have no column '{Echo.Quote(name)}'{hint}; the columns are: {list}", name, text, position);
    }
}
