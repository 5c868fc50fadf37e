using ScottPlot;
using SkiaSharp;
using Willing.Typology.Classification;

namespace Willing.Reports.Charts;

/// <summary>The look shared by every chart: fonts, colours of the models, the crossover line.</summary>
internal static class ChartStyle
{
    /// <summary>The colour of each model, also used by the HTML report's badges.</summary>
    public static Color ModelColor(ModelKind model) => Color.FromHex(ModelHex(model));

    /// <summary>The colour of each model as <c>#rrggbb</c>.</summary>
    public static string ModelHex(ModelKind model) => model switch
    {
        ModelKind.One => "#c0392b",
        ModelKind.Two => "#1f6fb2",
        ModelKind.Hybrid => "#8e44ad",
        _ => "#7f8c8d",
    };

    /// <summary>A colour-blind-safe palette (Okabe and Ito 2008) for lines of several cases, as <c>#rrggbb</c>.</summary>
    public static readonly IReadOnlyList<string> SeriesHex = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442"];

    /// <summary>The palette of <see cref="SeriesHex"/> as colours.</summary>
    public static readonly IReadOnlyList<Color> Series = [.. SeriesHex.Select(Color.FromHex)];

    /// <summary>
    /// The groups of actor kinds a network drawing tells apart, in legend order, each with its colour as
    /// <c>#rrggbb</c>: five of Okabe and Ito's colour-blind-safe palette, and a neutral grey for the rest.
    /// </summary>
    public static readonly IReadOnlyList<(string Label, string Hex)> ActorKinds =
        [("state", "#0072b2"), ("IGO", "#e69f00"), ("NGO or network", "#009e73"), ("firm", "#cc79a7"), ("person", "#d55e00"), ("other", "#8c8c8c")];

    /// <summary>The group in <see cref="ActorKinds"/> of an actor kind in kebab case (<c>state</c>, <c>igo</c>, <c>ngo-network</c>, …); every kind not named is "other".</summary>
    public static int ActorKindGroup(string kind) => kind switch
    {
        "state" => 0,
        "igo" => 1,
        "ngo" or "ngo-network" => 2,
        "firm" => 3,
        "person" => 4,
        _ => 5,
    };

    /// <summary>Grey for annotations.</summary>
    public static readonly Color Muted = Color.FromHex("#6b6b6b");

    /// <summary><see cref="Muted"/> as <c>#rrggbb</c>.</summary>
    public const string MutedHex = "#6b6b6b";

    /// <summary>The font of text a chart writes into its SVG itself: the shared font first, then what a viewer without it has.</summary>
    public const string SvgFontFamily = PreferredFont + ", Verdana, Arial, sans-serif";

    /// <summary>A new plot with the shared font; the sans-serif DejaVu when installed, since ScottPlot's default falls back to a serif on Linux.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Axes.Title.Label.FontSize = 16;
        return plot;
    }

    /// <summary>Adds a text in data coordinates, in the shared font.</summary>
    public static ScottPlot.Plottables.Text Text(Plot plot, string text, double x, double y, float size, Color color, Alignment alignment)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = FontName;
        label.LabelFontSize = size;
        label.LabelFontColor = color;
        label.LabelAlignment = alignment;
        label.LabelBackgroundColor = Colors.Transparent;
        label.LabelBorderWidth = 0;
        return label;
    }

    /// <summary>Ticks at 0, 0.25, 0.5 (named as the crossover), 0.75 and 1.</summary>
    public static ScottPlot.TickGenerators.NumericManual MembershipTicks() =>
        new([0, 0.25, 0.5, 0.75, 1], ["0", "0.25", "0.5\ncrossover", "0.75", "1"]);

    /// <summary>Adds the dashed crossover line at 0.5 (Ragin's point of maximum ambiguity), vertical or horizontal, from one end of the axis to the other.</summary>
    /// <remarks>
    /// The dashes are drawn as separate segments: Skia's SVG canvas cannot write a dash path effect
    /// and prints "Unsupported path effect" to the process's standard error for each one.
    /// </remarks>
    public static void Crossover(Plot plot, bool vertical, double from, double to)
    {
        const int Dashes = 48;
        double period = (to - from) / Dashes;
        for (int i = 0; i < Dashes; i++)
        {
            double a = from + (i * period), b = a + (period * 0.55);
            var dash = vertical ? plot.Add.Line(0.5, a, 0.5, b) : plot.Add.Line(a, 0.5, b, 0.5);
            dash.LineWidth = 1.5f;
            dash.Color = Muted;
            dash.MarkerSize = 0;
        }
    }

    private const string PreferredFont = "DejaVu Sans";

    private static readonly string FontName =
        SKFontManager.Default.FontFamilies.Contains(PreferredFont, StringComparer.Ordinal) ? PreferredFont : Fonts.Sans;
}
