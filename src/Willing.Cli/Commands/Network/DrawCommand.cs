using System.Text.Json;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Reading;
using Willing.Networks.Cases;
using Willing.Reports.Charts;

namespace Willing.Cli.Commands.Network;

/// <summary>
/// <c>willing network draw &lt;case-id&gt; [--out F.svg|F.png] [--seed N] [--period ID] [--scope members|all] [--size degree|betweenness]</c>:
/// the case's coordination network drawn (<see cref="NetworkChart"/>), as SVG or PNG by the file's extension.
/// </summary>
/// <remarks>
/// Prints the path written; with <c>--format json</c>, <c>{ case, period, out, format, seed, scope, nodes, links,
/// components, density, degree_centralization }</c>. An unknown case or period, an extension other than .svg or
/// .png, a network without actors, or a file that cannot be written is invalid input (exit 1), each error printed.
/// </remarks>
public sealed class DrawCommand(CliOutput output) : Command<DrawSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, DrawSettings settings, CancellationToken cancellationToken)
    {
        string extension = Path.GetExtension(settings.Out ?? ".svg").ToLowerInvariant();
        if (extension is not (".svg" or ".png"))
        {
            output.Error.WriteLine($"willing: --out '{Echo.Quote(settings.Out!)}': the file must end in .svg or .png, which gives the format");
            return WillingApp.InvalidInput;
        }

        if (NetworkGraphLoader.LoadCase(settings, output) is not var (network, _, coalition, period))
            return WillingApp.InvalidInput;
        string path = settings.OutFor(coalition.Id.Value);
        var scope = network.Options.Scope;
        if (network.Nodes.IsEmpty)
        {
            output.Error.WriteLine($"willing: {coalition.Id}{(period is null ? string.Empty : $" in period {period.Id}")} has no coordination network to draw: "
                + $"no tie, event or body links two of its {(scope == NetworkScope.AllActors ? "actors" : "members and prospects")}"
                + (scope == NetworkScope.AllActors ? string.Empty : " (--scope all draws every actor)"));
            return WillingApp.InvalidInput;
        }

        // A long name would run off the picture; the id is short.
        string named = coalition.Name.Length <= 56 ? coalition.Name : coalition.Id.Value;
        string title = period is null ? $"{named}: the coordination network" : $"{named}, {period.Name}: the coordination network";
        var size = settings.Size == "betweenness" ? NetworkNodeSize.Betweenness : NetworkNodeSize.Degree;
        var chart = new NetworkChart(network, $"network-{coalition.Id}", title, settings.Seed, size);
        if (!ChartFile.Write(output, "--out", path, () => chart, "the drawing", wrote: string.Empty))
            return WillingApp.InvalidInput;

        var summary = chart.Summary;
        if (settings.Format == OutputFormat.Json)
        {
            var json = new
            {
                @case = coalition.Id.Value,
                period = period?.Id.Value,
                @out = path,
                format = extension[1..],
                seed = settings.Seed,
                scope = settings.Scope,
                nodes = summary.Nodes,
                links = summary.Links,
                components = summary.Components,
                density = summary.Density,
                degree_centralization = summary.DegreeCentralization,
            };
            output.Data.WriteLine(JsonSerializer.Serialize(json, Json.Options));
        }
        else
        {
            output.Data.WriteLine(path);
        }

        return WillingApp.Success;
    }
}
