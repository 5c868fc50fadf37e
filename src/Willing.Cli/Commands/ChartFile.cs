using Willing.Cli.Output;
using Willing.Core.Reading;
using Willing.Reports.Charts;

namespace Willing.Cli.Commands;

/// <summary>Writes a chart to the file a <c>--chart</c> option names, as SVG or PNG by its extension.</summary>
internal static class ChartFile
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(false);

    /// <summary>True when the path ends in .svg or .png.</summary>
    public static bool IsChartPath(string path) =>
        path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".png", StringComparison.OrdinalIgnoreCase);

    /// <summary>Draws the chart into the file; false after printing why it could not be written.</summary>
    /// <param name="output">Where the message goes.</param>
    /// <param name="option">The option that named the file, for messages (<c>--chart</c>).</param>
    /// <param name="path">The file.</param>
    /// <param name="chart">Makes the chart (an <see cref="ArgumentException"/> means there is nothing to draw).</param>
    /// <param name="what">What is drawn, for the message when it cannot be written.</param>
    /// <param name="wrote">The line printed after writing; null for "wrote PATH", empty for none.</param>
    public static bool Write(CliOutput output, string option, string path, Func<Chart> chart, string what = "the chart", string? wrote = null)
    {
        try
        {
            var drawn = chart();
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
                Directory.CreateDirectory(folder);
            if (path.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
                File.WriteAllBytes(path, drawn.ToPng());
            else
                File.WriteAllText(path, drawn.ToSvg(), Utf8);
            if (wrote != string.Empty)
                output.Error.WriteLine(wrote ?? $"wrote {path}");
            return true;
        }
        catch (ArgumentException e)
        {
            output.Error.WriteLine($"willing: {option} '{Echo.Quote(path)}': nothing to draw: {e.Message}");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            output.Error.WriteLine($"willing: {option} '{Echo.Quote(path)}': cannot write {what}: {e.Message}");
            return false;
        }
    }
}
