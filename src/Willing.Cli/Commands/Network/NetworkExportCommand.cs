using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Networks.Io;

namespace Willing.Cli.Commands.Network;

/// <summary><c>willing network export (CASE | --edges F.csv) --to graphml|gexf|csv [--out F]</c>: the network for Gephi, yEd, igraph or NetworkX, with each actor's kind, side and membership.</summary>
public sealed class NetworkExportCommand(CliOutput output) : Command<NetworkExportSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, NetworkExportSettings settings, CancellationToken cancellationToken)
    {
        var graph = NetworkGraphLoader.Load(settings, output);
        if (graph is null)
            return WillingApp.InvalidInput;
        using var text = new Utf8StringWriter();
        switch (settings.To)
        {
            case "graphml":
                GraphMlWriter.Write(graph, text);
                break;
            case "gexf":
                GexfWriter.Write(graph, text);
                break;
            default:
                EdgeListWriter.Write(graph, text);
                break;
        }

        if (settings.Out is null)
        {
            output.Data.Write(text.ToString());
            return WillingApp.Success;
        }

        try
        {
            File.WriteAllText(settings.Out, text.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            output.Error.WriteLine($"willing: cannot write '{settings.Out}': {e.Message}");
            return WillingApp.InvalidInput;
        }

        output.Data.WriteLine(settings.Out);
        return WillingApp.Success;
    }
}

/// <summary>A string writer that declares UTF-8, the encoding the file is written in (an XML declaration names it).</summary>
internal sealed class Utf8StringWriter() : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    /// <inheritdoc />
    public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
}
