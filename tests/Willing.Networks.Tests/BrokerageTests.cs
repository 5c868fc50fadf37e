using Willing.Networks.Metrics;

namespace Willing.Networks.Tests;

/// <summary>Gould–Fernandez roles counted by hand on a broker with one sender and one receiver per role.</summary>
public class BrokerageTests
{
    /// <summary>
    /// Broker b (group x) receives from a1(x), a2(y), a3(y), a4(x), a5(y) and sends to c1(x), c2(y), c3(x),
    /// c4(y), c5(z): 5 × 5 = 25 two-paths a → b → c. By the groups (A, C), with B in x:
    /// (x, x) coordinator 2 × 2 = 4, (x, y or z) representative 2 × 3 = 6, (y, x) gatekeeper 3 × 2 = 6,
    /// (y, y) itinerant 3 × 2 = 6, (y, z) liaison 3 × 1 = 3. The tie a1 → c1 closes one coordinator path: 3.
    /// The tie c2 → a2 adds paths elsewhere: b → c2 → a2 (b in x, c2 and a2 in y) makes c2 a gatekeeper, and
    /// c2 → a2 → b (c2, a2 in y, b in x) makes a2 a representative. Nobody else brokers: c2 → a2 → b has
    /// no tie c2 → b, and the reverse tie does not close a path (only A → C does).
    /// </summary>
    [Fact]
    public void Compute_OneOfEachRole_CountsByHand()
    {
        var builder = new GraphBuilder(true);
        builder.AddNode("b", group: "x");
        foreach (var (id, group) in new[] { ("a1", "x"), ("a2", "y"), ("a3", "y"), ("a4", "x"), ("a5", "y") })
        {
            builder.AddNode(id, group: group);
            builder.AddEdge(id, "b");
        }

        foreach (var (id, group) in new[] { ("c1", "x"), ("c2", "y"), ("c3", "x"), ("c4", "y"), ("c5", "z") })
        {
            builder.AddNode(id, group: group);
            builder.AddEdge("b", id);
        }

        builder.AddEdge("a1", "c1");
        builder.AddEdge("c2", "a2");
        var graph = builder.Build();
        var roles = Brokerage.Compute(graph);

        Assert.Equal(new BrokerageRoles(Coordinator: 3, Itinerant: 6, Gatekeeper: 6, Representative: 6, Liaison: 3), roles[graph.IndexOf("b")]);
        Assert.Equal(24, roles[graph.IndexOf("b")].Total);
        Assert.Equal(new BrokerageRoles(0, 0, 1, 0, 0), roles[graph.IndexOf("c2")]);
        Assert.Equal(new BrokerageRoles(0, 0, 0, 1, 0), roles[graph.IndexOf("a2")]);
        Assert.Equal(0, roles[graph.IndexOf("a1")].Total);
        Assert.Equal(0, roles[graph.IndexOf("c5")].Total);
    }

    [Fact]
    public void Compute_UndirectedPath_BothDirections()
    {
        // a – b – c, all in one group: b brokers a → c and c → a, two coordinator relations.
        var roles = Brokerage.Compute(TestGraphs.Parse("a-b b-c", directed: false));
        Assert.Equal(new BrokerageRoles(2, 0, 0, 0, 0), roles[1]);
        Assert.Equal(0, roles[0].Total);
    }
}
