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
    public static bool Write(CliOutput output, string option, string path, Func<Chart> chart)
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
            output.Error.WriteLine($"wrote {path}");
            return true;
        }
        catch (ArgumentException e)
        {
            output.Error.WriteLine($"willing: {option} '{Echo.Quote(path)}': nothing to draw: {e.Message}");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            output.Error.WriteLine($"willing: {option} '{Echo.Quote(path)}': cannot write the chart: {e.Message}");
            return false;
        }
    }
}
