using System.Text;
using ScottPlot;
using SkiaSharp;

namespace Willing.Reports.Charts;

/// <summary>
/// A chart over classified cases that renders to PNG bytes or SVG text at a fixed size. Each
/// render builds a fresh plot, so a chart can be rendered any number of times, in any format; the
/// SVG at the default size is drawn once and kept, since a report both writes and inlines it.
/// </summary>
/// <remarks>
/// Output is deterministic on a given machine: no timestamps, fixed sizes, and the SVG's element
/// ids renumbered from the chart's name (ScottPlot's SVG canvas numbers clip paths from a
/// process-wide counter, which would make the same chart differ between runs and would clash
/// when several charts are inlined in one HTML page). Text is drawn with the fonts installed on
/// the machine, so PNG bytes can differ between machines. The SVG carries the title, and the
/// description when the chart gives one, as its accessible name and text alternative.
/// </remarks>
public abstract class Chart
{
    private string? _svg;

    private protected Chart(string name, string title, int width, int height)
    {
        Name = name;
        Title = title;
        Width = width;
        Height = height;
    }

    /// <summary>A file-name stem, unique within a report, e.g. <c>profile-iraq-2003</c>; also prefixes the SVG's ids.</summary>
    public string Name { get; }

    /// <summary>The chart's title.</summary>
    public string Title { get; }

    /// <summary>The default width in pixels.</summary>
    public int Width { get; }

    /// <summary>The default height in pixels.</summary>
    public int Height { get; }

    /// <summary>A text alternative to the picture, written into the SVG's <c>desc</c>; null when the title says enough.</summary>
    public virtual string? Description => null;

    /// <summary>Renders the chart as a PNG image, by default at <see cref="Width"/> × <see cref="Height"/> pixels.</summary>
    /// <remarks>
    /// The pixels are ScottPlot's; the PNG is encoded by Skia with zlib's fastest level and the Sub filter
    /// (decision 0010): encoding at the default level took about half of a chart's time, for files only a
    /// fifth smaller. The same pixels give the same bytes on every run.
    /// </remarks>
    public byte[] ToPng(int? width = null, int? height = null)
    {
        var (w, h) = Size(width, height);
        using var plot = Build(w, h);
        using var surface = SKSurface.Create(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        plot.Render(surface);
        using var image = surface.Snapshot();
        using var pixmap = image.PeekPixels() ?? throw new InvalidOperationException("the rendered chart has no pixels to encode");
        using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 1)) ?? throw new InvalidOperationException("Skia could not encode the chart as PNG");
        return data.ToArray();
    }

    /// <summary>Renders the chart as a standalone SVG document, by default at <see cref="Width"/> × <see cref="Height"/> pixels.</summary>
    public string ToSvg(int? width = null, int? height = null)
    {
        var (w, h) = Size(width, height);
        if (w != Width || h != Height)
            return RenderSvg(w, h);

        // Drawn once: a report both writes and inlines it. Two threads racing here draw the same text, so either may keep it.
        return _svg ??= RenderSvg(w, h);
    }

    /// <summary>Builds the plot to render at the given size (some charts lay out their labels for it).</summary>
    private protected abstract Plot Build(int width, int height);

    /// <summary>
    /// Builds the plot for an SVG render, and writes into <paramref name="overlay"/> the SVG elements
    /// to draw over it; by default the plot of <see cref="Build"/> with nothing over it.
    /// </summary>
    /// <remarks>
    /// A chart draws its own SVG where Skia's SVG canvas falls short: it cannot write a dash
    /// pattern, a tooltip (<c>title</c>) or a group that names what it draws.
    /// </remarks>
    private protected virtual Plot BuildSvg(int width, int height, StringBuilder overlay) => Build(width, height);

    private string RenderSvg(int w, int h)
    {
        var overlay = new StringBuilder();
        using var plot = BuildSvg(w, h, overlay);
        return SvgDocument.Normalise(SvgDocument.WithOverlay(plot.GetSvgXml(w, h), overlay.ToString()), Name, w, h, Title, Description);
    }

    private (int Width, int Height) Size(int? width, int? height)
    {
        int w = width ?? Width, h = height ?? Height;
        if (w < 50 || h < 50 || w > 10_000 || h > 10_000)
            throw new ArgumentOutOfRangeException(nameof(width), $"a chart is 50 to 10000 pixels each way, not {w} × {h}");
        return (w, h);
    }
}
