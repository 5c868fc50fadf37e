using System.Text.Json.Nodes;
using Willing.Cli.Output;
using Willing.Simulation.Batches;

namespace Willing.Cli.Commands.Simulation;

/// <summary>What the simulate commands print about the files they wrote.</summary>
internal static class SimulationOutput
{
    /// <summary>Prints a batch's (or a merge's) summary: fingerprint, shard, runs, rows, files.</summary>
    public static void Summary(CliOutput output, OutputFormat format, BatchSummary summary, string path, string title)
    {
        if (format == OutputFormat.Json)
        {
            var json = new JsonObject
            {
                ["fingerprint"] = summary.Fingerprint,
                ["shard"] = summary.Shard.ToString(),
                ["first_run"] = summary.Runs.First,
                ["runs"] = summary.Runs.Count,
                ["model_rows"] = summary.ModelRows,
                ["agent_rows"] = summary.AgentRows,
                ["files"] = new JsonArray([.. (summary.Files.IsDefaultOrEmpty ? [path] : summary.Files).Select(f => (JsonNode?)JsonValue.Create(f))]),
                ["threads"] = summary.Threads,
            };
            output.Data.WriteLine(json.ToJsonString(Json.Options));
            return;
        }

        var rows = new Tabular("field", "value");
        rows.Add("fingerprint", summary.Fingerprint);
        rows.Add("shard", summary.Shard.ToString());
        rows.Add("runs", summary.Runs.ToString());
        rows.Add("model rows", summary.ModelRows);
        if (summary.AgentRows > 0)
            rows.Add("agent rows", summary.AgentRows);
        rows.Add("files", string.Join(", ", summary.Files.IsDefaultOrEmpty ? [path] : summary.Files));
        if (summary.Threads > 0)
            rows.Add("threads", summary.Threads);
        rows.Write(output, format, title);
    }
}
