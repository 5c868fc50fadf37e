using Willing.Simulation.Parameters;

namespace Willing.Simulation.Tests;

public class ParameterTests
{
    private static readonly ParameterSpace Space = new([
        ParameterDefinition.Double("sigma", 0.1, 0, 1, "spread"),
        ParameterDefinition.Long("seeds", 1, 0, 10, "initial adopters"),
        ParameterDefinition.Choice("mode", "a", ["a", "b"], "a mode"),
        ParameterDefinition.Bool("flag", false, "a flag"),
    ]);

    [Fact]
    public void Point_EnumeratesLikeNestedLoops_LastAxisFastest()
    {
        var grid = ParameterGrid.Empty.With("sigma", 0.1, 0.2).With("seeds", 1L, 2L, 3L);
        Assert.Equal(6, grid.PointCount);
        var points = Enumerable.Range(0, 6).Select(p => grid.Point(Space, p)).ToList();
        Assert.Equal([0.1, 0.1, 0.1, 0.2, 0.2, 0.2], points.Select(p => p.Double("sigma")));
        Assert.Equal([1L, 2, 3, 1, 2, 3], points.Select(p => p.Long("seeds")));
        Assert.All(points, p => Assert.Equal("a", p.String("mode")));
    }

    [Fact]
    public void Point_IntegerForARealParameter_IsConverted()
    {
        var p = ParameterGrid.Empty.With("sigma", 1L).Point(Space, 0);
        Assert.Equal(ColumnType.Double, p["sigma"].Type);
        Assert.Equal(1.0, p.Double("sigma"));
    }

    [Fact]
    public void Check_BadGrid_ListsEveryProblem()
    {
        var grid = ParameterGrid.Empty
            .With("sigma", 0.1, 2.0, 0.1)
            .With("nope", 1L)
            .With("mode", "c")
            .With("seeds", "x")
            .With("flag");
        var errors = Space.Check(grid);
        Assert.Contains(errors, e => e.Contains("sigma = 2 is outside its range [0, 1]", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("lists sigma = 0.1 twice", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("names nope, which is not a parameter", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("mode = 'c' is not one of a, b", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("seeds is an integer, not a string", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("gives flag no values", StringComparison.Ordinal));
        Assert.Equal(6, errors.Length);
    }

    [Theory]
    [InlineData("sigma", "0.25", true)]
    [InlineData("sigma", "1.5", false)]
    [InlineData("sigma", "abc", false)]
    [InlineData("seeds", "3", true)]
    [InlineData("seeds", "3.5", false)]
    [InlineData("flag", "true", true)]
    [InlineData("mode", "b", true)]
    [InlineData("mode", "z", false)]
    public void TryParse_CommandLineText_AcceptsWhatIsAdmissible(string name, string text, bool ok)
    {
        Assert.Equal(ok, Space.Find(name)!.TryParse(text, out _, out string? error));
        Assert.Equal(ok, error is null);
    }

    [Fact]
    public void Definition_ReservedOrBadName_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => ParameterDefinition.Long("seed", 1, 0, 1, "clashes with the seed column"));
        Assert.Throws<ArgumentException>(() => ParameterDefinition.Long("Bad-Name", 1, 0, 1, "not snake case"));
        Assert.Throws<ArgumentException>(() => ParameterDefinition.Double("x", 5, 0, 1, "default out of range"));
    }

    [Fact]
    public void ScalarValue_Doubles_CompareByBits()
    {
        Assert.Equal(ScalarValue.FromDouble(double.NaN), ScalarValue.FromDouble(double.NaN));
        Assert.NotEqual(ScalarValue.FromDouble(0.0), ScalarValue.FromDouble(-0.0));
        Assert.Equal("0.1", ScalarValue.FromDouble(0.1).ToString());
        Assert.Equal("true", ScalarValue.FromBool(true).ToString());
    }

    [Fact]
    public void TryParse_CommandLineAxes_BuildTheGrid_OrListEveryProblem()
    {
        Assert.True(ParameterGrid.TryParse(Space, ["sigma=0.1,0.2", "seeds=1,2,3"], out var grid, out var none));
        Assert.Empty(none);
        Assert.Equal(6, grid.PointCount);
        Assert.Equal(0.2, grid.Point(Space, 5).Double("sigma"));

        Assert.False(ParameterGrid.TryParse(Space, ["sigma=0.1,x", "colour=red", "seeds", "mode=a,a"], out _, out var errors));
        Assert.Contains(errors, e => e.Contains("'x' cannot be read", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("colour, which is not a parameter", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'seeds' is not an axis", StringComparison.Ordinal));
        Assert.Equal(3, errors.Length);
        Assert.False(ParameterGrid.TryParse(Space, ["mode=a,a"], out _, out var twice));
        Assert.Contains("lists mode = a twice", twice.Single(), StringComparison.Ordinal);
    }
}
