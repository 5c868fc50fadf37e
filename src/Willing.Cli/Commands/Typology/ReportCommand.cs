using System.Text;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Reports;

namespace Willing.Cli.Commands.Typology;

/// <summary>
/// <c>willing report [--out DIR] [--codebook F] [--cases PATH]</c>: the comparative report over the
/// case base, as <c>DIR/index.html</c> (self-contained, charts inline) and every chart as PNG and
/// SVG in <c>DIR/charts/</c>. Prints the path of index.html.
/// </summary>
public sealed class ReportCommand(CliOutput output) : Command<ReportSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        var codebook = TypologyLoader.Codebook(settings.Codebook, output);
        if (codebook is null)
            return WillingApp.InvalidInput;
        var caseBase = CaseBaseLoader.Load(settings.Cases, output);
        if (caseBase is null)
            return WillingApp.InvalidInput;

        var data = ReportData.Build(caseBase.Coalitions, codebook, settings.WithReadings);
        var charts = ReportCharts.For(data);
        string folder = Path.GetFullPath(settings.Out);
        string index = Path.Combine(folder, "index.html");
        try
        {
            string chartFolder = Path.Combine(folder, "charts");
            Directory.CreateDirectory(chartFolder);
            ProgressDisplay.Run(OutputFormat.Table, "writing the report", charts.All.Count() + 1, progress =>
            {
                // The charts are independent (each render builds its own plot, and ScottPlot's font cache
                // is concurrent), so they are drawn on every core; each file is the same in any order.
                var all = charts.All.ToArray();
                var pngs = new byte[all.Length][];
                Parallel.For(0, all.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                {
                    pngs[i] = all[i].ToPng();
                    _ = all[i].ToSvg(); // kept by the chart for its file and for the HTML
                    progress?.Report(1);
                });
                for (int i = 0; i < all.Length; i++)
                {
                    File.WriteAllBytes(Path.Combine(chartFolder, all[i].Name + ".png"), pngs[i]);
                    File.WriteAllText(Path.Combine(chartFolder, all[i].Name + ".svg"), all[i].ToSvg(), Utf8);
                }

                File.WriteAllText(index, HtmlReport.Render(data, charts), Utf8);
                progress?.Report(1);
                return index;
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.Error.WriteLine($"willing: cannot write the report to {folder}: {ex.Message}");
            return WillingApp.InvalidInput;
        }

        output.Data.WriteLine(index);
        return WillingApp.Success;
    }

    // Without a byte-order mark: browsers and tools read the charset from the HTML and SVG themselves.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}
