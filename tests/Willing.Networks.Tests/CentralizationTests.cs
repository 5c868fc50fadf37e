using Willing.Networks.Metrics;

namespace Willing.Networks.Tests;

public class CentralizationTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(40)]
    public void Star_DegreeAndBetweenness_ExactlyOne(int spokes)
    {
        var star = TestGraphs.Star(spokes);
        Assert.Equal(1.0, Centralization.Degree(star));
        Assert.Equal(1.0, Centralization.Betweenness(star));
    }

    [Fact]
    public void Degree_CompleteGraph_Zero()
    {
        var complete = TestGraphs.Parse("a-b a-c a-d b-c b-d c-d", directed: false);
        Assert.Equal(0.0, Centralization.Degree(complete));
        Assert.Equal(0.0, Centralization.Betweenness(complete));
    }

    /// <summary>
    /// Cooper's two models as networks: a hub-and-spoke coalition around one leader against a coordinator
    /// among partners who also work with one another. The hub scores higher on degree centralization.
    /// </summary>
    [Fact]
    public void Degree_HubAndSpokeAgainstCoordinatorAmongPartners_HubHigher()
    {
        var hub = TestGraphs.Star(12);

        // The coordinator c works with twelve partners; each partner also works with the next two round a ring.
        var builder = new GraphBuilder(false);
        for (int i = 0; i < 12; i++)
        {
            builder.AddEdge("c", P(i));
            builder.AddEdge(P(i), P((i + 1) % 12));
            builder.AddEdge(P(i), P((i + 2) % 12));
        }

        var partners = builder.Build();
        double star = Centralization.Degree(hub), network = Centralization.Degree(partners);
        Assert.Equal(1.0, star);
        // Coordinator degree 12, partners 5: Σ (12 − 5) · 12 = 84 over (13 − 1)(13 − 2) = 132.
        Assert.Equal(84.0 / 132, network, 12);
        Assert.True(star > network);
        Assert.True(Centralization.Betweenness(hub) > Centralization.Betweenness(partners));

        static string P(int i) => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Degree_TwoNodes_NaN()
    {
        Assert.True(double.IsNaN(Centralization.Degree(TestGraphs.Parse("a-b", false))));
    }
}
