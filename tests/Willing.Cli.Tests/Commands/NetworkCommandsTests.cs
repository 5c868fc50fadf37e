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
    public void Metrics_NoEdgesOption_WrongUsage()
    {
        var run = CliRun.Of("network", "metrics");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--edges is required", run.Error, StringComparison.Ordinal);
    }
}
