using ScottPlot;

namespace Willing.Reports.Charts;

/// <summary>Where a plot's data area falls, for charts that draw their own SVG over it.</summary>
internal static class PlotLayout
{
    /// <summary>
    /// Renders the plot in memory until its data area stops moving (at most four times) and returns it: a
    /// legend at the bottom is laid out with the size of the previous render, so the first render's data
    /// area can differ from every later one's by a row of the legend.
    /// </summary>
    public static PixelRect DataRect(Plot plot, int width, int height)
    {
        plot.RenderInMemory(width, height);
        var rect = plot.LastRender.DataRect;
        for (int i = 0; i < 3; i++)
        {
            plot.RenderInMemory(width, height);
            var next = plot.LastRender.DataRect;
            if (next.Equals(rect))
                break;
            rect = next;
        }

        return rect;
    }
}
