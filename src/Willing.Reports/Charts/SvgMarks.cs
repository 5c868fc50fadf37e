using System.Text;
using ScottPlot;

namespace Willing.Reports.Charts;

/// <summary>The marker shapes the lifecycle charts draw, as ScottPlot shapes for the PNG and as SVG paths for the overlay.</summary>
internal static class SvgMarks
{
    /// <summary>A marker's shape.</summary>
    public enum Shape
    {
        /// <summary>A circle.</summary>
        Circle,

        /// <summary>A square.</summary>
        Square,

        /// <summary>A triangle pointing up.</summary>
        TriangleUp,

        /// <summary>A triangle pointing down.</summary>
        TriangleDown,

        /// <summary>A diamond.</summary>
        Diamond,

        /// <summary>A plus sign, drawn as a stroke.</summary>
        Cross,
    }

    /// <summary>The filled ScottPlot shape of a shape.</summary>
    public static MarkerShape Filled(Shape shape) => shape switch
    {
        Shape.Circle => MarkerShape.FilledCircle,
        Shape.Square => MarkerShape.FilledSquare,
        Shape.TriangleUp => MarkerShape.FilledTriangleUp,
        Shape.TriangleDown => MarkerShape.FilledTriangleDown,
        Shape.Diamond => MarkerShape.FilledDiamond,
        _ => MarkerShape.Cross,
    };

    /// <summary>
    /// The path data of a shape centred on (x, y), about <paramref name="size"/> pixels across, as ScottPlot
    /// draws a marker of that size.
    /// </summary>
    public static string Path(Shape shape, double x, double y, double size)
    {
        double r = size / 2;
        var s = new StringBuilder();
        switch (shape)
        {
            case Shape.Circle:
                s.Append('M').Append(N(x - r)).Append(' ').Append(N(y)).Append(" A").Append(N(r)).Append(' ').Append(N(r)).Append(" 0 1 0 ").Append(N(x + r)).Append(' ').Append(N(y))
                    .Append(" A").Append(N(r)).Append(' ').Append(N(r)).Append(" 0 1 0 ").Append(N(x - r)).Append(' ').Append(N(y)).Append(" Z");
                break;
            case Shape.Square:
                Polygon(s, (x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r));
                break;
            case Shape.TriangleUp:
                Polygon(s, (x, y - (r * 1.15)), (x + r, y + (r * 0.7)), (x - r, y + (r * 0.7)));
                break;
            case Shape.TriangleDown:
                Polygon(s, (x - r, y - (r * 0.7)), (x + r, y - (r * 0.7)), (x, y + (r * 1.15)));
                break;
            case Shape.Diamond:
                Polygon(s, (x, y - (r * 1.2)), (x + r, y), (x, y + (r * 1.2)), (x - r, y));
                break;
            default:
                s.Append('M').Append(N(x - r)).Append(' ').Append(N(y)).Append(" L").Append(N(x + r)).Append(' ').Append(N(y))
                    .Append(" M").Append(N(x)).Append(' ').Append(N(y - r)).Append(" L").Append(N(x)).Append(' ').Append(N(y + r));
                break;
        }

        return s.ToString();
    }

    private static void Polygon(StringBuilder s, params (double X, double Y)[] points) =>
        s.Append('M').AppendJoin(" L", points.Select(p => $"{N(p.X)} {N(p.Y)}")).Append(" Z");

    private static string N(double value) => SvgDocument.Number(value);
}
