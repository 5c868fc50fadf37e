using System.Collections.Immutable;
using System.Globalization;
using Willing.Core.Model;
using Willing.Typology.Classification;

namespace Willing.Web.Pages;

/// <summary>One row of the list of cases: the coalition, its classification, and what the filters and the search look at.</summary>
/// <param name="Coalition">The coalition.</param>
/// <param name="Classification">Its classification.</param>
/// <param name="Search">Its name, id, summary and actors' ids and names, in lower case, for the search.</param>
/// <param name="Leaders">Its leaders' and co-leaders' ids and names, in lower case.</param>
/// <param name="Members">How many members it has.</param>
internal sealed record CaseRow(Coalition Coalition, CaseClassification Classification, string Search, ImmutableArray<string> Leaders, int Members)
{
    /// <summary>The rows of a snapshot, in its order (built once per snapshot).</summary>
    public static ImmutableArray<CaseRow> Of(WorkbenchSnapshot snapshot) => snapshot.Cache.Get("case-rows", () => new RowList(
        [.. snapshot.Data.Coalitions.Zip(snapshot.Data.Classifications, (c, k) => Make(c, k))])).Rows;

    private static CaseRow Make(Coalition c, CaseClassification k)
    {
        var names = c.Actors.ToDictionary(a => a.Id, a => a.Name);
        string search = string.Join('\n', [c.Name, c.Id.Value, c.Summary, .. c.Actors.SelectMany(a => (string[])[a.Id.Value, a.Name])]).ToLowerInvariant();
        ImmutableArray<string> leaders = [.. c.Leaders.SelectMany(l => (string[])[l.Value.ToLowerInvariant(), names.GetValueOrDefault(l)?.ToLowerInvariant() ?? string.Empty])];
        return new CaseRow(c, k, search, leaders, c.Members.Count());
    }

    private sealed record RowList(ImmutableArray<CaseRow> Rows);
}

/// <summary>
/// The filters of the list of cases, as the query string gives them (<c>q</c>, <c>model</c>, <c>cell</c>,
/// <c>area</c>, <c>from</c>, <c>to</c>, <c>leader</c>); a value that does not parse is reported beside its
/// field and leaves that filter off, never an error page.
/// </summary>
internal sealed class CaseQuery
{
    /// <summary>The models a filter may ask for.</summary>
    public static readonly ImmutableArray<string> Models = ["one", "two", "hybrid", "undetermined"];

    /// <summary>The search text.</summary>
    public string Q { get; init; } = string.Empty;

    /// <summary>The model: one, two, hybrid or undetermined; empty for any.</summary>
    public string Model { get; init; } = string.Empty;

    /// <summary>The cell, five digits H C S T R; empty for any.</summary>
    public string Cell { get; init; } = string.Empty;

    /// <summary>The issue-area category (kebab); empty for any.</summary>
    public string Area { get; init; } = string.Empty;

    /// <summary>The first year, as typed.</summary>
    public string From { get; init; } = string.Empty;

    /// <summary>The last year, as typed.</summary>
    public string To { get; init; } = string.Empty;

    /// <summary>A leader's id or name (or part of the name).</summary>
    public string Leader { get; init; } = string.Empty;

    /// <summary>The message for each field whose value does not parse, by field name.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether any filter is set.</summary>
    public bool Any => new[] { Q, Model, Cell, Area, From, To, Leader }.Any(v => v.Length > 0);

    /// <summary>The filters from the query's values (null or missing values are empty); checks each.</summary>
    public static CaseQuery Of(string? q, string? model, string? cell, string? area, string? from, string? to, string? leader)
    {
        var query = new CaseQuery
        {
            Q = Clean(q), Model = Clean(model).ToLowerInvariant(), Cell = Clean(cell), Area = Clean(area).ToLowerInvariant(),
            From = Clean(from), To = Clean(to), Leader = Clean(leader),
        };
        if (query.Model.Length > 0 && !Models.Contains(query.Model))
            query.Errors["model"] = "choose one, two, hybrid or undetermined";
        if (query.Cell.Length > 0 && (query.Cell.Length != 5 || query.Cell.Any(c => c is not ('0' or '1'))))
            query.Errors["cell"] = "a cell is five digits, each 0 or 1, in the order H C S T R (e.g. 11110)";
        if (query.Area.Length > 0 && !KebabCase.TryParse<IssueCategory>(query.Area, out _))
            query.Errors["area"] = "not an issue area: choose one from the list";
        if (query.From.Length > 0 && Year(query.From) is null)
            query.Errors["from"] = "a year, such as 1997";
        if (query.To.Length > 0 && Year(query.To) is null)
            query.Errors["to"] = "a year, such as 2003";
        if (Year(query.From) is int f && Year(query.To) is int t && t < f)
            query.Errors["to"] = $"the last year ({t}) is before the first ({f})";
        return query;
    }

    /// <summary>The rows that pass every filter that parsed.</summary>
    public IEnumerable<CaseRow> Apply(IEnumerable<CaseRow> rows)
    {
        string q = Q.ToLowerInvariant(), leader = Leader.ToLowerInvariant();
        int? from = Errors.ContainsKey("from") ? null : Year(From);
        int? to = Errors.ContainsKey("to") ? null : Year(To);
        foreach (var row in rows)
        {
            var c = row.Coalition;
            var k = row.Classification;
            if (q.Length > 0 && !q.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => row.Search.Contains(word, StringComparison.Ordinal)))
                continue;
            if (Model.Length > 0 && !Errors.ContainsKey("model") && PageText.ModelKey(k.Model) != Model)
                continue;
            if (Cell.Length > 0 && !Errors.ContainsKey("cell") && k.Cell?.Code != Cell)
                continue;
            if (Area.Length > 0 && !Errors.ContainsKey("area") && KebabCase.Name(c.IssueArea.Category) != Area)
                continue;
            if (leader.Length > 0 && !row.Leaders.Any(l => l == leader || (leader.Length >= 3 && l.Contains(leader, StringComparison.Ordinal))))
                continue;
            int start = c.Period.Start.EarliestDay.Year;
            int end = c.Period.End?.LatestDay.Year ?? int.MaxValue;
            if (from is int f && end < f)
                continue;
            if (to is int t && start > t)
                continue;
            yield return row;
        }
    }

    /// <summary>The query string of these filters (only those set), for links: <c>?model=two&amp;q=mines</c>.</summary>
    public string QueryString()
    {
        var parts = new List<string>();
        Add("q", Q);
        Add("model", Model);
        Add("cell", Cell);
        Add("area", Area);
        Add("from", From);
        Add("to", To);
        Add("leader", Leader);
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);

        void Add(string name, string value)
        {
            if (value.Length > 0)
                parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }

    private static int? Year(string text) =>
        text.Length is >= 1 and <= 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) ? year : null;

    private static string Clean(string? value) => value is null ? string.Empty : (value.Length > 200 ? value[..200] : value).Trim();
}
