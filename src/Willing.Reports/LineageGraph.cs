using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Typology.Classification;

namespace Willing.Reports;

/// <summary>
/// The antecedent links of a case base as a directed graph (Cooper 2005, §3: the Gulf War 1991 and
/// Kosovo 1999 behind Iraq 2003): a node per case that takes part in a link, an edge from each
/// antecedent to the coalition that names it. The lineage chart draws it and the report's lineage
/// table lists it.
/// </summary>
/// <remarks>
/// Nodes are ordered with the antecedents not in the case base first (by id), then by the start of
/// each case's period, then by id; links by their earlier case's place, then their later case's,
/// duplicates in file order. A coalition naming itself is left out (the case-file reader refuses it).
/// </remarks>
/// <param name="Nodes">The cases in a link, in the order above.</param>
/// <param name="Links">The links, in the order above.</param>
public sealed record LineageGraph(ImmutableArray<LineageNode> Nodes, ImmutableArray<LineageLink> Links)
{
    /// <summary>A graph without links: no coalition names an antecedent.</summary>
    public bool IsEmpty => Links.IsEmpty;

    /// <summary>The node of a case.</summary>
    /// <exception cref="KeyNotFoundException">The case takes part in no link.</exception>
    public LineageNode Node(CoalitionId id) =>
        Nodes.FirstOrDefault(n => n.Case == id) ?? throw new KeyNotFoundException($"'{id}' takes part in no antecedent link");

    /// <summary>The graph of the coalitions' antecedents, each coalition with its classification when one is given.</summary>
    public static LineageGraph Of(IEnumerable<Coalition> coalitions, IEnumerable<CaseClassification>? classifications = null)
    {
        var list = coalitions.ToList();
        var byId = new Dictionary<CoalitionId, Coalition>();
        foreach (var c in list)
            byId.TryAdd(c.Id, c);
        var classified = new Dictionary<CoalitionId, CaseClassification>();
        foreach (var c in classifications ?? [])
            classified.TryAdd(c.Case, c);

        var links = list.SelectMany(c => c.Antecedents.Where(a => a.Case != c.Id).Select(a => new LineageLink(c.Id, a))).ToList();
        var nodes = links.SelectMany(l => (CoalitionId[])[l.Earlier, l.Later])
            .Distinct()
            .Select(id => new LineageNode(id, byId.GetValueOrDefault(id), classified.GetValueOrDefault(id)))
            .OrderBy(n => n.InCaseBase)
            .ThenBy(n => n.Start)
            .ThenBy(n => n.Case.Value, StringComparer.Ordinal)
            .ToImmutableArray();
        var place = nodes.Select((n, i) => (n.Case, i)).ToDictionary(x => x.Case, x => x.i);
        return new LineageGraph(nodes, [.. links.OrderBy(l => place[l.Earlier]).ThenBy(l => place[l.Later])]);
    }
}
