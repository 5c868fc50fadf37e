using Willing.Cli.Output;
using Willing.Networks;
using Willing.Networks.Io;

namespace Willing.Cli.Commands.Network;

/// <summary>The graph a <c>willing network</c> command works on, from its <see cref="NetworkSettings"/>.</summary>
internal static class NetworkGraphLoader
{
    /// <summary>The graph, or null after printing every error (FILE:LINE:COLUMN: error: MESSAGE (FIELD)).</summary>
    public static Graph? Load(NetworkSettings settings, CliOutput output)
    {
        var (graph, errors) = EdgeListReader.ReadFile(settings.Edges!, new EdgeListOptions(settings.Directed, settings.Weight));
        foreach (var e in errors)
            output.Error.WriteLine(e.ToString());
        return graph;
    }
}
