using Willing.Core.Model;

namespace Willing.Reports.Tests;

public sealed class LineageGraphTests
{
    private static Antecedent Link(string earlier, LineageRelation relation = LineageRelation.Precedent) =>
        new(new CoalitionId(earlier), relation, null, Provenance.Of(new SourceId("seed")));

    private static Coalition Case(string id, int year, params Antecedent[] antecedents)
    {
        var template = Fixtures.BuiltIn.Coalitions[0];
        return template with { Id = new CoalitionId(id), Period = template.Period with { Start = PartialDate.FromYear(year), End = null }, Antecedents = [.. antecedents] };
    }

    [Fact]
    public void Of_BuiltIn_HoldsThePapersLineageWithClassifications()
    {
        var graph = Fixtures.BuiltIn.Lineage;

        Assert.Equal(["gulf-war-1991", "unitaf-1992", "kosovo-1999", "coalition-of-the-unwilling-2003", "iraq-2003", "libya-2011"], graph.Nodes.Select(n => n.Case.Value));
        Assert.Equal(
            ["gulf-war-1991 unitaf-1992", "gulf-war-1991 kosovo-1999", "gulf-war-1991 iraq-2003", "kosovo-1999 iraq-2003", "iraq-2003 coalition-of-the-unwilling-2003", "iraq-2003 libya-2011"],
            graph.Links.Select(l => $"{l.Earlier} {l.Later}"));
        Assert.All(graph.Nodes, n => Assert.True(n.InCaseBase && n.Classification is not null));
    }

    [Fact]
    public void Of_AntecedentNotInTheCases_IsANodeWithoutACoalition_First()
    {
        var graph = LineageGraph.Of([Case("later", 2000, Link("earlier")), Case("named", 1990, Link("absent"))]);

        Assert.Equal(["absent", "earlier", "named", "later"], graph.Nodes.Select(n => n.Case.Value));
        Assert.False(graph.Node(new CoalitionId("absent")).InCaseBase);
        Assert.Null(graph.Node(new CoalitionId("absent")).Start);
        Assert.Equal(2, graph.Nodes.Count(n => !n.InCaseBase));
    }

    [Fact]
    public void Of_NoAntecedents_IsEmpty()
    {
        Assert.True(LineageGraph.Of([Case("a", 2000), Case("b", 2001)]).IsEmpty);
        Assert.True(LineageGraph.Of([]).IsEmpty);
    }

    [Fact]
    public void Of_ACaseNamingItself_IsLeftOut()
    {
        Assert.True(LineageGraph.Of([Case("a", 2000, Link("a"))]).IsEmpty);
    }

    [Fact]
    public void Node_CaseInNoLink_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => Fixtures.BuiltIn.Lineage.Node(new CoalitionId("landmines-ottawa")));
    }
}
