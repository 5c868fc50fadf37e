using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Simulation.Batches;

namespace Willing.Cli.Commands.Simulation;

/// <summary>The options every <c>willing simulate</c> command on a scenario shares.</summary>
public class SimulateSettings : CaseSettings
{
    /// <summary>The scenario: a file, or the id of a built-in one.</summary>
    [CommandArgument(0, "<SCENARIO>")]
    [Description("A scenario file (.yaml), or the id of a built-in scenario (iraq-2003, landmines-ottawa, icc-rome, interfet-1999, mpia-2020, alignment-iraq-2003).")]
    public string Scenario { get; init; } = string.Empty;

    /// <summary>The master seed.</summary>
    [CommandOption("--seed <N>")]
    [Description("The master seed (default 2005); the same seed gives the same output on any number of threads.")]
    [DefaultValue(2005L)]
    public long Seed { get; init; } = 2005;

    /// <summary>Worker threads.</summary>
    [CommandOption("--threads <N>")]
    [Description("Worker threads (default: all cores); the output does not depend on it.")]
    public int? Threads { get; init; }

    /// <summary>Fixed parameter values for this invocation.</summary>
    [CommandOption("--set <NAME=VALUE>")]
    [Description("Set a parameter for this invocation (repeatable), over the scenario's value: --set base_hazard=0.02.")]
    public string[]? Set { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Threads is < 1 or > 1024)
            return ValidationResult.Error("--threads must be between 1 and 1024");
        return base.Validate();
    }
}

/// <summary>The settings of <c>willing simulate run</c>.</summary>
public sealed class SimulateRunSettings : SimulateSettings
{
    /// <summary>Replicates for the fan chart.</summary>
    [CommandOption("--reps <N>")]
    [Description("Replicates (default 1: one run, printed month by month); more give the median and bands across replicates.")]
    [DefaultValue(1)]
    public int Reps { get; init; } = 1;

    /// <summary>Where the rows go.</summary>
    [CommandOption("--out <FILE>")]
    [Description("Write the rows (every step of every replicate) to this file, CSV or Parquet by its extension.")]
    public string? Out { get; init; }

    /// <summary>The fan chart.</summary>
    [CommandOption("--chart <FILE>")]
    [Description("Draw membership over time (median and 50/80/95 % bands across replicates) against the observed curve, SVG or PNG.")]
    public string? Chart { get; init; }

    /// <summary>Record agent rows too.</summary>
    [CommandOption("--agents")]
    [Description("With --out: also write the agent table (one row per agent and step) beside it.")]
    public bool Agents { get; init; }

    /// <summary>The count whose first crossing is timed.</summary>
    [CommandOption("--threshold <N>")]
    [Description("Also give the distribution of the months each run took to reach this count of the main curve (e.g. 40 ratifications), the runs that never did counted apart.")]
    public double? Threshold { get; init; }

    /// <summary>The histogram of final sizes.</summary>
    [CommandOption("--histogram <FILE>")]
    [Description("Draw the distribution of the final size across replicates (or, with --threshold, of the months to reach it), SVG or PNG.")]
    public string? Histogram { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Reps is < 1 or > 1_000_000)
            return ValidationResult.Error("--reps must be between 1 and 1,000,000");
        if (Threshold is { } t && !double.IsFinite(t))
            return ValidationResult.Error("--threshold must be a finite number");
        return base.Validate();
    }
}

/// <summary>The settings of <c>willing simulate batch</c>.</summary>
public sealed class SimulateBatchSettings : SimulateSettings
{
    /// <summary>Replicates per grid point.</summary>
    [CommandOption("--reps <N>")]
    [Description("Replicates per grid point (required).")]
    public int? Reps { get; init; }

    /// <summary>Grid axes.</summary>
    [CommandOption("--grid <NAME=V1,V2>")]
    [Description("A grid axis (repeatable): --grid base_hazard=0.005,0.01,0.02; the points are every combination, the last axis fastest.")]
    public string[]? Grid { get; init; }

    /// <summary>One shard.</summary>
    [CommandOption("--shard <K/N>")]
    [Description("Run only shard K of N (an exact slice of the runs, for a cluster's job array); merge the parts with 'willing simulate merge'.")]
    public string? Shard { get; init; }

    /// <summary>Where the rows go.</summary>
    [CommandOption("--out <FILE>")]
    [Description("The result file (required), Parquet or CSV by its extension; a shard is always Parquet.")]
    public string? Out { get; init; }

    /// <summary>Record agent rows too.</summary>
    [CommandOption("--agents")]
    [Description("Also write the agent table (one row per agent at each run's final step) beside the model table.")]
    public bool Agents { get; init; }

    /// <summary>The parsed shard.</summary>
    internal ShardSpec ShardSpec { get; private set; } = ShardSpec.Whole;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Reps is null)
            return ValidationResult.Error("--reps is required: replicates per grid point");
        if (Reps is < 1 or > 100_000_000)
            return ValidationResult.Error("--reps must be between 1 and 100,000,000");
        if (string.IsNullOrWhiteSpace(Out))
            return ValidationResult.Error("--out is required: the result file (.parquet or .csv)");
        if (Shard is not null)
        {
            if (!ShardSpec.TryParse(Shard, out var shard, out string? error))
                return ValidationResult.Error($"--shard: {error}");
            ShardSpec = shard;
        }

        return base.Validate();
    }
}
