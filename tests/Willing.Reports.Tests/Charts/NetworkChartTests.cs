using System.Collections.Immutable;
using System.Xml.Linq;
using Willing.Core.Model;
using Willing.Networks.Cases;
using Willing.Reports.Charts;

namespace Willing.Reports.Tests.Charts;

public sealed class NetworkChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static CoordinationNetwork BuiltIn(string id, NetworkScope scope = NetworkScope.MembersAndProspects) =>
        CoordinationNetwork.Of(Fixtures.BuiltIn.Coalition(new CoalitionId(id)), NetworkOptions.Default with { Scope = scope });

    private static List<XElement> Elements(string svg, string name, string kind) =>
        [.. XDocument.Parse(svg).Descendants(Svg + name).Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(kind) == true)];

    /// <summary>A hub linked to three members and a prospect, and an opponent linked to the prospect twice over.</summary>
    private static CoordinationNetwork Star()
    {
        var basis = new LinkBasis("tie", "alliance", Provenance.Of(new SourceId("seed")));
        ImmutableArray<CaseActor> nodes =
        [
            new("hub", "The hub", "state", true, "member"),
            new("ngo", "An NGO", "ngo", false, "member"),
            new("igo", "An IGO", "igo", true, "member"),
            new("firm", "A firm", "firm", false, "member"),
            new("maybe", "A prospect", "state", true, "prospect"),
            new("against", "An opponent", "state", true, "opponent"),
        ];
        ImmutableArray<CaseLink> links =
        [
            new("firm", "hub", [basis]), new("hub", "igo", [basis]), new("hub", "maybe", [basis]), new("hub", "ngo", [basis]),
            new("against", "maybe", [basis, basis with { Label = "rivalry" }]),
        ];
        return new CoordinationNetwork(new CoalitionId("star"), NetworkOptions.Default, nodes, links, [], []);
    }

    [Theory]
    [InlineData("landmines-ottawa", NetworkScope.AllActors)]
    [InlineData("iraq-2003", NetworkScope.MembersAndProspects)]
    [InlineData("small-arms", NetworkScope.MembersAndProspects)]
    public void ToSvg_BuiltIn_OneNodeElementPerNodeAndOneLinkElementPerLink(string id, NetworkScope scope)
    {
        var network = BuiltIn(id, scope);
        string svg = new NetworkChart(network).ToSvg();

        var nodes = Elements(svg, "g", "network-node");
        var links = Elements(svg, "line", "network-link");

        Assert.Equal(network.Nodes.Length, nodes.Count);
        Assert.Equal(network.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodes.Select(n => (string)n.Attribute("data-actor")!).Order(StringComparer.Ordinal));
        Assert.Equal(network.Links.Length, links.Count);
        Assert.Equal(network.Links.Select(l => (l.A, l.B, l.Weight)), links.Select(l => ((string)l.Attribute("data-a")!, (string)l.Attribute("data-b")!, (int)l.Attribute("data-weight")!)));
        Assert.All(nodes, n => Assert.Single(n.Elements(Svg + "circle")));
        Assert.Equal(network.Nodes.Length, Elements(svg, "text", "network-label").Count);
    }

    [Fact]
    public void ToSvg_MembersFilledInTheirKindsColour_OthersWhiteWithAColouredOutline()
    {
        string svg = new NetworkChart(Star()).ToSvg();
        var nodes = Elements(svg, "g", "network-node").ToDictionary(n => (string)n.Attribute("data-actor")!);
        string Fill(string id) => (string)nodes[id].Element(Svg + "circle")!.Attribute("fill")!;
        string Stroke(string id) => (string)nodes[id].Element(Svg + "circle")!.Attribute("stroke")!;

        Assert.Equal(["against", "maybe"], nodes.Values.Where(n => ((string)n.Attribute("class")!).Split(' ').Contains("non-member")).Select(n => (string)n.Attribute("data-actor")!).Order());
        Assert.Equal(ChartStyle.ActorKinds[0].Hex, Fill("hub"));
        Assert.Equal(ChartStyle.ActorKinds[1].Hex, Fill("igo"));
        Assert.Equal(ChartStyle.ActorKinds[2].Hex, Fill("ngo"));
        Assert.Equal(ChartStyle.ActorKinds[3].Hex, Fill("firm"));
        Assert.Equal("#ffffff", Fill("maybe"));
        Assert.Equal(ChartStyle.ActorKinds[0].Hex, Stroke("maybe"));
        Assert.Equal("opponent", (string)nodes["against"].Attribute("data-standing")!);
    }

    [Fact]
    public void ToSvg_SizeByDegree_TheHubIsLargest_SizeByBetweenness_LeavesWithoutBrokerageAreSmallest()
    {
        static Dictionary<string, double> Radii(NetworkChart chart) => Elements(chart.ToSvg(), "g", "network-node")
            .ToDictionary(n => (string)n.Attribute("data-actor")!, n => double.Parse((string)n.Element(Svg + "circle")!.Attribute("r")!, System.Globalization.CultureInfo.InvariantCulture));

        var degree = Radii(new NetworkChart(Star()));
        var betweenness = Radii(new NetworkChart(Star(), size: NetworkNodeSize.Betweenness));

        Assert.All(degree.Where(r => r.Key != "hub"), r => Assert.True(r.Value < degree["hub"]));
        Assert.True(betweenness["maybe"] > betweenness["ngo"]);
        Assert.Equal(betweenness["ngo"], betweenness["against"]);
    }

    [Fact]
    public void ToSvg_LinkWidth_GrowsWithWeight()
    {
        var links = Elements(new NetworkChart(Star()).ToSvg(), "line", "network-link");
        double Width(string a) => double.Parse((string)links.Single(l => (string)l.Attribute("data-a")! == a).Attribute("stroke-width")!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(Width("against") > Width("firm"));
    }

    [Fact]
    public void ToSvg_SameSeed_SameText_OtherSeed_OtherPicture()
    {
        var network = BuiltIn("small-arms");

        string one = new NetworkChart(network, seed: 4).ToSvg();

        Assert.Equal(one, new NetworkChart(network, seed: 4).ToSvg());
        Assert.NotEqual(one, new NetworkChart(network, seed: 5).ToSvg());
    }

    [Fact]
    public void ToSvg_HasTitleDescriptionLegendAndTheNumbers()
    {
        var chart = new NetworkChart(Star(), title: "The star");
        string svg = chart.ToSvg();
        var texts = Fixtures.SvgTexts(svg);

        Assert.Contains("The star", texts);
        Assert.Contains("state", texts);
        Assert.Contains("NGO or network", texts);
        Assert.Contains("member (filled)", texts);
        Assert.Contains("outlined: prospect, opponent", texts);
        Assert.Contains(texts, t => t.StartsWith("6 actors · 5 links · degree centralization", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("size: degree · width:", StringComparison.Ordinal));
        Assert.Contains("6 actors (4 members) and 5 links in 1 component", chart.Description, StringComparison.Ordinal);
        Assert.Contains("Most linked: hub (4)", chart.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPng_IsAPngOfTheSize()
    {
        var chart = new NetworkChart(BuiltIn("landmines-ottawa"), width: 640, height: 520);

        Assert.Equal((640, 520), Fixtures.PngSize(chart.ToPng()));
        Assert.Equal((300, 240), Fixtures.PngSize(chart.ToPng(300, 240)));
    }

    [Fact]
    public void Constructor_NoActors_Throws()
    {
        var empty = new CoordinationNetwork(new CoalitionId("empty"), NetworkOptions.Default, [], [], [], []);

        var ex = Assert.Throws<ArgumentException>(() => new NetworkChart(empty));
        Assert.Contains("no actors", ex.Message, StringComparison.Ordinal);
    }
}
