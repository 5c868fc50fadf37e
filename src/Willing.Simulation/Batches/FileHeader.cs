using System.Globalization;
using Willing.Simulation.Data;

namespace Willing.Simulation.Batches;

/// <summary>The key-value metadata of a result Parquet file: which batch, table, shard and runs it holds.</summary>
/// <remarks>
/// Keys, written in this order: <c>willing.layout</c>, <c>willing.table</c> (<c>model</c> or <c>agents</c>),
/// <c>willing.tables</c> (<c>model</c> or <c>model,agents</c>), <c>willing.batch</c> (the fingerprint),
/// <c>willing.code</c>, <c>willing.shard</c> (<c>K/N</c>), <c>willing.runs.first</c>, <c>willing.runs.count</c>,
/// <c>willing.runs.total</c>, <c>willing.rows</c>, <c>willing.spec</c> (the batch specification). No time stamps.
/// </remarks>
internal sealed record FileHeader(TableKind Table, bool HasAgents, string Fingerprint, string Specification, string CodeVersion,
    ShardSpec Shard, RunRange Runs, long TotalRuns)
{
    public Dictionary<string, string> ToMetadata(long rows) => new()
    {
        ["willing.layout"] = SimulationInfo.RowLayoutVersion.ToString(CultureInfo.InvariantCulture),
        ["willing.table"] = Table == TableKind.Model ? "model" : "agents",
        ["willing.tables"] = HasAgents ? "model,agents" : "model",
        ["willing.batch"] = Fingerprint,
        ["willing.code"] = CodeVersion,
        ["willing.shard"] = Shard.ToString(),
        ["willing.runs.first"] = Runs.First.ToString(CultureInfo.InvariantCulture),
        ["willing.runs.count"] = Runs.Count.ToString(CultureInfo.InvariantCulture),
        ["willing.runs.total"] = TotalRuns.ToString(CultureInfo.InvariantCulture),
        ["willing.rows"] = rows.ToString(CultureInfo.InvariantCulture),
        ["willing.spec"] = Specification,
    };

    /// <summary>Reads the header from a file's metadata, or says what is missing or wrong (<paramref name="error"/>).</summary>
    public static FileHeader? Parse(IReadOnlyDictionary<string, string> metadata, out long rows, out string? error)
    {
        rows = 0;
        error = null;
        if (!metadata.TryGetValue("willing.batch", out string? fingerprint))
        {
            error = "a Parquet file, but not one written by a Willing batch (its metadata has no willing.batch)";
            return null;
        }

        string Get(string key) => metadata.TryGetValue(key, out string? v) ? v : throw new FormatException($"its metadata has no {key}");
        long Long(string key) => long.TryParse(Get(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out long v) && v >= 0
            ? v : throw new FormatException($"its metadata's {key} is not a count");
        try
        {
            string layout = Get("willing.layout");
            if (layout != SimulationInfo.RowLayoutVersion.ToString(CultureInfo.InvariantCulture))
            {
                error = $"written with row layout {layout}; this build reads layout {SimulationInfo.RowLayoutVersion}";
                return null;
            }

            var table = Get("willing.table") switch
            {
                "model" => TableKind.Model,
                "agents" => TableKind.Agents,
                var t => throw new FormatException($"its metadata names an unknown table '{t}'"),
            };
            bool hasAgents = Get("willing.tables") switch
            {
                "model" => false,
                "model,agents" => true,
                var t => throw new FormatException($"its metadata lists unknown tables '{t}'"),
            };
            if (!ShardSpec.TryParse(Get("willing.shard"), out var shard, out string? shardError))
                throw new FormatException("its metadata's willing.shard: " + shardError);
            var runs = new RunRange(Long("willing.runs.first"), Long("willing.runs.count"));
            long total = Long("willing.runs.total");
            rows = Long("willing.rows");
            if (runs.End > total)
                throw new FormatException($"its metadata claims {runs} of {total}");
            return new FileHeader(table, hasAgents, fingerprint, Get("willing.spec"), Get("willing.code"), shard, runs, total);
        }
        catch (FormatException e)
        {
            error = "a damaged Willing result file: " + e.Message;
            return null;
        }
    }
}
