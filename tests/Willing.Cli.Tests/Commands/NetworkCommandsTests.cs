using System.Text.Json;

namespace Willing.Cli.Tests.Commands;

public sealed class NetworkCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("willing-network-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string text)
    {
        string path = Path.Combine(_dir, "ties.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Metrics_StarAsJson_FollowsTheContract()
    {
        // A hub and four spokes, and a separate pair: two components.
        string path = Write("source,target\nhub,a\nhub,b\nhub,c\nhub,d\nx,y\n");
        var run = CliRun.Of("network", "metrics", "--edges", path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(7, root.GetProperty("nodes").GetInt32());
        Assert.Equal(5, root.GetProperty("edges").GetInt32());
        Assert.Equal(5.0 / 21, root.GetProperty("density").GetDouble(), 12);
        Assert.Equal(2, root.GetProperty("components").GetInt32());
        Assert.True(root.TryGetProperty("degree_centralization", out _));
        var hub = root.GetProperty("actors")[0];
        Assert.Equal("hub", hub.GetProperty("id").GetString());
        Assert.Equal(4, hub.GetProperty("degree").GetInt32());
        // Each of the six pairs of spokes has its one shortest path through the hub, counted once.
        Assert.Equal(6, hub.GetProperty("betweenness").GetDouble());
        Assert.Equal(1, hub.GetProperty("closeness").GetDouble());
        Assert.Equal(1, hub.GetProperty("eigenvector").GetDouble(), 12);
    }

    [Fact]
    public void Metrics_DirectedWeightedTable_Prints()
    {
        string path = Write("source,target,w\na,b,2\nb,c,1\nc,a,1\n");
        var run = CliRun.Of("network", "metrics", "--edges", path, "--directed", "--weight", "w");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("strong components", run.Output, StringComparison.Ordinal);
        Assert.Contains("betweenness", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_Csv_OneRowPerActor()
    {
        string path = Write("source,target\na,b\nb,c\n");
        var run = CliRun.Of("network", "metrics", "--edges", path, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,degree,strength,betweenness,closeness", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void Metrics_BadFile_EveryErrorLocatedExitOne()
    {
        string path = Write("source,target,weight\na,a,1\nb,c,heavy\n");
        var run = CliRun.Of("network", "metrics", "--edges", path, "--weight", "weight");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(":2:3: error: a tie from 'a' to itself", run.Error, StringComparison.Ordinal);
        Assert.Contains(":3:5: error: 'heavy' is not a positive number", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_NeitherCaseNorEdges_WrongUsage()
    {
        var run = CliRun.Of("network", "metrics");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give a case id or --edges FILE", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_ACase_AddsHowItsNetworkWasBuiltAndTheCompositionMeasures()
    {
        var run = CliRun.Of("network", "metrics", "iraq-2003", "--links", "ties", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("iraq-2003", root.GetProperty("case").GetString());
        Assert.Equal("ties", root.GetProperty("links_from").GetString());
        Assert.Equal("members", root.GetProperty("scope").GetString());
        Assert.True(root.GetProperty("nodes").GetInt32() >= 4);
        Assert.InRange(root.GetProperty("degree_centralization").GetDouble(), 0, 1);
        Assert.True(root.TryGetProperty("members_into_non_members", out _));
        Assert.True(root.TryGetProperty("degree_centralization_complete_lists_only", out _));
        Assert.Equal("USA", root.GetProperty("actors").EnumerateArray().MaxBy(a => a.GetProperty("degree").GetInt32()).GetProperty("id").GetString());
    }

    [Fact]
    public void Metrics_APeriod_OnlyTheFactsDatedWithinIt()
    {
        var whole = JsonDocument.Parse(CliRun.Of("network", "metrics", "iraq-2003", "--format", "json").Output).RootElement;
        var run = CliRun.Of("network", "metrics", "iraq-2003", "--period", "invasion", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var period = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("invasion", period.GetProperty("period").GetString());
        Assert.True(period.GetProperty("edges").GetInt32() <= whole.GetProperty("edges").GetInt32());
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    [InlineData("csv")]
    public void Export_ACase_WritesAFileThatReadsBack(string format)
    {
        string path = Path.Combine(_dir, $"net.{format}");
        var run = CliRun.Of("network", "export", "landmines-ottawa", "--to", format, "--out", path);

        Assert.Equal(0, run.ExitCode);
        string text = File.ReadAllText(path);
        if (format == "csv")
        {
            var back = CliRun.Of("network", "metrics", "--edges", path, "--format", "json");
            var original = CliRun.Of("network", "metrics", "landmines-ottawa", "--format", "json");
            Assert.Equal(JsonDocument.Parse(original.Output).RootElement.GetProperty("edges").GetInt32(), JsonDocument.Parse(back.Output).RootElement.GetProperty("edges").GetInt32());
        }
        else
        {
            var xml = System.Xml.Linq.XDocument.Parse(text);
            Assert.Contains(xml.Descendants(), e => e.Name.LocalName == "node" && (string?)e.Attribute("id") == "CAN");
            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new[] { "network", "metrics", "nosuch" }, "no coalition has the id 'nosuch'")]
    [InlineData(new[] { "network", "metrics", "iraq-2003", "--period", "nope" }, "--period 'nope': iraq-2003 has no such period; its periods are: invasion")]
    [InlineData(new[] { "network", "metrics", "iraq-2003", "--links", "ties,meetings" }, "--links is a comma-separated list")]
    [InlineData(new[] { "network", "metrics", "iraq-2003", "--scope", "everyone" }, "--scope is 'members' or 'all'")]
    [InlineData(new[] { "network", "export", "iraq-2003", "--to", "pdf" }, "--to is graphml, gexf or csv, not 'pdf'")]
    [InlineData(new[] { "network", "metrics" }, "give a case id or --edges FILE")]
    public void BadInput_SaysWhatIsWrongAndFails(string[] args, string message)
    {
        var run = CliRun.Of(args);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_ACaseFileOfOnesOwn_IsReadAsClassifyReadsIt_AndItsErrorsAreLocated()
    {
        string good = Path.Combine(RepoRoot.Find(), "data", "cases", "interfet-1999.yaml");
        var byId = JsonDocument.Parse(CliRun.Of("network", "metrics", "interfet-1999", "--format", "json").Output).RootElement;
        var run = CliRun.Of("network", "metrics", good, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(byId.GetProperty("edges").GetInt32(), JsonDocument.Parse(run.Output).RootElement.GetProperty("edges").GetInt32());

        string bad = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(bad, File.ReadAllText(good).Replace("roles: [target]", "roles: [targt]", StringComparison.Ordinal));
        var broken = CliRun.Of("network", "metrics", bad);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("'targt' is not a valid role; did you mean 'target'?", broken.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was read", broken.Error, StringComparison.Ordinal);
    }
}
