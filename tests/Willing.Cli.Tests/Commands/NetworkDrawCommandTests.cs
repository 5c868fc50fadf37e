using System.Text.Json;
using System.Xml.Linq;

namespace Willing.Cli.Tests.Commands;

public sealed class NetworkDrawCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("willing-draw-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static int Count(XDocument svg, string name, string kind) =>
        svg.Descendants(Svg + name).Count(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(kind) == true);

    [Fact]
    public void Draw_Svg_WritesTheNetworkAndPrintsThePath()
    {
        string path = Path.Combine(_dir, "sub", "ottawa.svg");

        var run = CliRun.Of("network", "draw", "landmines-ottawa", "--out", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(path, run.Output.Trim());
        var svg = XDocument.Load(path);
        Assert.True(Count(svg, "g", "network-node") > 10);
        Assert.True(Count(svg, "line", "network-link") > 10);
        Assert.Contains("landmines-ottawa", svg.Root!.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_PngAsJson_ReportsTheNumbers()
    {
        string path = Path.Combine(_dir, "iraq.PNG");

        var run = CliRun.Of("network", "draw", "iraq-2003", "--out", path, "--seed", "7", "--scope", "all", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        byte[] png = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("iraq-2003", root.GetProperty("case").GetString());
        Assert.Equal("png", root.GetProperty("format").GetString());
        Assert.Equal(7, root.GetProperty("seed").GetInt32());
        Assert.Equal("all", root.GetProperty("scope").GetString());
        Assert.True(root.GetProperty("nodes").GetInt32() > 0);
        Assert.True(root.GetProperty("links").GetInt32() > 0);
        Assert.True(root.TryGetProperty("degree_centralization", out _));
    }

    [Fact]
    public void Draw_SameSeed_SameFile_OtherSeed_OtherFile()
    {
        string a = Path.Combine(_dir, "a.svg"), b = Path.Combine(_dir, "b.svg"), c = Path.Combine(_dir, "c.svg");

        Assert.Equal(0, CliRun.Of("network", "draw", "small-arms", "--out", a, "--seed", "3").ExitCode);
        Assert.Equal(0, CliRun.Of("network", "draw", "small-arms", "--out", b, "--seed", "3").ExitCode);
        Assert.Equal(0, CliRun.Of("network", "draw", "small-arms", "--out", c, "--seed", "4").ExitCode);

        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        Assert.NotEqual(File.ReadAllText(a), File.ReadAllText(c));
    }

    [Fact]
    public void Draw_Period_DrawsThatSlice()
    {
        string path = Path.Combine(_dir, "period.svg");

        var run = CliRun.Of("network", "draw", "iraq-2003", "--period", "invasion", "--out", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Invasion", XDocument.Load(path).Root!.Element(Svg + "title")!.Value, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Draw_DefaultOut_IsNetworkIdSvg()
    {
        // Checked on the settings: a run would write into the working folder, which tests running in parallel share.
        Assert.Equal("network-human-security-network.svg", new Willing.Cli.Commands.Network.DrawSettings { Case = "human-security-network" }.OutFor("human-security-network"));
    }

    [Theory]
    [InlineData("no-such-case", "--out", "x.svg", "willing: no coalition has the id 'no-such-case'; the ids are: ")]
    [InlineData("iraq-2003", "--out", "x.gif", "willing: --out 'DIR/x.gif': the file must end in .svg or .png")]
    [InlineData("iraq-2003", "--period", "no-such-period", "willing: --period 'no-such-period': iraq-2003 has no such period; its periods are: invasion")]
    [InlineData("child-soldiers", "--period", "p1", "willing: --period 'p1': child-soldiers declares no periods")]
    public void Draw_BadInput_ExitsOneWithALocatedMessage(string id, string option, string value, string message)
    {
        string[] args = option == "--out"
            ? ["network", "draw", id, "--out", Path.Combine(_dir, value)]
            : ["network", "draw", id, option, value, "--out", Path.Combine(_dir, "x.svg")];

        var run = CliRun.Of(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message.Replace("DIR", _dir, StringComparison.Ordinal), run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Theory]
    [InlineData("--scope", "everyone", "--scope is 'members' or 'all', not 'everyone'")]
    [InlineData("--size", "area", "--size is degree or betweenness, not 'area'")]
    public void Draw_BadOption_IsWrongUsage(string option, string value, string message)
    {
        var run = CliRun.Of("network", "draw", "iraq-2003", option, value, "--out", Path.Combine(_dir, "x.svg"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }
}
