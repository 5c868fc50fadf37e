using System.Text;
using Willing.Networks.Io;

namespace Willing.Networks.Tests;

public class EdgeListReaderTests
{
    private static (Graph? Graph, IReadOnlyList<EdgeListError> Errors) Read(string text, EdgeListOptions? options = null) =>
        EdgeListReader.ReadText("ties.csv", text, options);

    private static string[] Errors(string text, EdgeListOptions? options = null) =>
        Read(text, options).Errors.Select(e => e.ToString()).ToArray();

    [Fact]
    public void Read_ValidFile_GraphWithMergedEdges()
    {
        var (graph, errors) = Read("source,target,weight,note\nus,gb,2,x\n\"gb\",fr,1.5,\"a, b\"\r\ngb,us,1,\n\nfr,de,3,\n", new EdgeListOptions(WeightColumn: "weight"));
        Assert.Empty(errors);
        Assert.NotNull(graph);
        Assert.Equal(["us", "gb", "fr", "de"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(3, graph.EdgeCount);
        Assert.Equal(3.0, graph.Edges[0].Weight);
        Assert.False(graph.IsDirected);
    }

    [Fact]
    public void Read_NoWeightColumnNamed_UnitWeights()
    {
        var (graph, _) = Read("source,target,weight\na,b,5\n", new EdgeListOptions(Directed: true));
        Assert.NotNull(graph);
        Assert.True(graph.IsDirected);
        Assert.Equal(1.0, graph.Edges[0].Weight);
    }

    [Fact]
    public void Read_EveryRowError_AllReportedWithLineColumnAndField()
    {
        string text = "source,target,w\na,b,1\n,c,1\nd,d,2\ne,f,zero\ng,h,-1\ni,j\nk,\"l\",x\n";
        Assert.Equal(
        [
            "ties.csv:3:1: error: the source is empty: every edge names two nodes (source)",
            "ties.csv:4:3: error: a tie from 'd' to itself: the graph keeps no self-loops (target)",
            "ties.csv:5:5: error: 'zero' is not a positive number: a weight is a tie's strength or length, above 0 (w)",
            "ties.csv:6:5: error: '-1' is not a positive number: a weight is a tie's strength or length, above 0 (w)",
            "ties.csv:7:1: error: this row has 2 fields but the header has 3 ($)",
            "ties.csv:8:7: error: 'x' is not a positive number: a weight is a tie's strength or length, above 0 (w)",
        ], Errors(text, new EdgeListOptions(WeightColumn: "w")));
    }

    [Fact]
    public void Read_MissingColumns_Named()
    {
        Assert.Equal(
        [
            "ties.csv:1:1: error: the header has no 'source' column (there is 'Source': column names are exact and lower case): an edge list names its columns source,target[,weight] ($)",
            "ties.csv:1:1: error: the header has no 'target' column: an edge list names its columns source,target[,weight] ($)",
            "ties.csv:1:1: error: the header has no 'weight' column for the weights ($)",
        ], Errors("Source,to\na,b\n", new EdgeListOptions(WeightColumn: "weight")));
    }

    [Fact]
    public void Read_DuplicateColumn_Located()
    {
        Assert.Equal(["ties.csv:1:15: error: the column name 'source' is used twice (source)"], Errors("source,target,source\na,b,c\n"));
    }

    [Fact]
    public void Read_UnclosedQuote_LocatedNoException()
    {
        var errors = Errors("source,target\na,b\nc,\"d\ne,f\n");
        Assert.Single(errors);
        Assert.StartsWith("ties.csv:3:3: error: a quoted field is never closed", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_FirstBadByteLocated()
    {
        var bytes = Encoding.UTF8.GetBytes("source,target\nné,b\nc,").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var (graph, errors) = EdgeListReader.Read("ties.csv", bytes);
        Assert.Null(graph);
        Assert.Equal("ties.csv:3:3: error: the file is not valid UTF-8 here: save it as UTF-8 ($)", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Read_ControlCharacterInId_EscapedInMessage()
    {
        var errors = Errors("source,target\n\"a\u202Eb\",c\n");
        Assert.Equal("ties.csv:2:1: error: the source id 'a\\u202Eb' contains a control or invisible character (U+202E): remove it (source)", Assert.Single(errors));
    }

    [Fact]
    public void Read_ManyErrors_CappedAndCounted()
    {
        var text = new StringBuilder("source,target\n");
        for (int i = 0; i < 250; i++)
            text.Append("x,x\n");
        var errors = Errors(text.ToString());
        Assert.Equal(101, errors.Length);
        Assert.EndsWith("… and 150 more errors ($)", errors[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Limits_Enforced()
    {
        Assert.Equal("ties.csv:4:1: error: the file has more than 2 edges, the limit for one edge list ($)", Assert.Single(Errors("source,target\na,b\nb,c\nc,d\n", new EdgeListOptions(MaxEdges: 2))));
        Assert.StartsWith("ties.csv:1:1: error: the file is larger than", Assert.Single(Errors("source,target\na,b\n", new EdgeListOptions(MaxFileBytes: 10))), StringComparison.Ordinal);
        Assert.StartsWith("ties.csv:2:1: error: the source id is longer than 3", Assert.Single(Errors("source,target\nabcd,b\n", new EdgeListOptions(MaxIdLength: 3))), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyOrMissing_Errors()
    {
        Assert.StartsWith("ties.csv:1:1: error: the file is empty", Assert.Single(Errors("\n\n")), StringComparison.Ordinal);
        Assert.Equal("nope.csv:1:1: error: no such file ($)", Assert.Single(EdgeListReader.ReadFile("nope.csv").Errors).ToString());
        Assert.StartsWith("ties.csv:2:2: error: a NUL byte", Assert.Single(Errors("source,target\na\0,b\n")), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MutatedFiles_NeverThrow()
    {
        var seeds = new[]
        {
            Encoding.UTF8.GetBytes("source,target,weight\nus,gb,2\n\"gb\",fr,1.5\ngb,\"us\"\"x\",1\nfr,de,3\n"),
            Encoding.UTF8.GetBytes("source,target\na,b\nb,c\nc,a\n"),
        };
        var summary = InputFuzzer.Run(seeds, 1000, 7, bytes =>
        {
            var (graph, errors) = EdgeListReader.Read("fuzz.csv", bytes, new EdgeListOptions(WeightColumn: "weight"));
            Assert.True((graph is null) != (errors.Count == 0));
            Assert.All(errors, e => Assert.True(e.Line >= 1 && e.Column >= 1));
            return graph is not null;
        });
        Assert.True(summary.Accepted > 0 && summary.Rejected > 0);
    }
}
