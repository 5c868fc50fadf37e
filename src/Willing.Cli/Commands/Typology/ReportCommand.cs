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
                foreach (var chart in charts.All)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    File.WriteAllBytes(Path.Combine(chartFolder, chart.Name + ".png"), chart.ToPng());
                    File.WriteAllText(Path.Combine(chartFolder, chart.Name + ".svg"), chart.ToSvg(), Utf8);
                    progress?.Report(1);
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
