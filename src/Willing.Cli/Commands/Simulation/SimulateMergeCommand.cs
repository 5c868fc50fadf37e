using System.ComponentModel;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Simulation.Batches;

namespace Willing.Cli.Commands.Simulation;

/// <summary>The settings of <c>willing simulate merge</c>.</summary>
public sealed class SimulateMergeSettings : FormatSettings
{
    /// <summary>The shard files of one batch.</summary>
    [CommandArgument(0, "<PARTS>")]
    [Description("The shard files (Parquet) of one batch, in any order.")]
    public string[] Parts { get; init; } = [];

    /// <summary>The merged file.</summary>
    [CommandOption("--out <FILE>")]
    [Description("The merged file, Parquet or CSV by its extension (required); the agent table, when the batch has one, beside it.")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? Spectre.Console.ValidationResult.Error("--out is required: the merged file (.parquet or .csv)") : base.Validate();
}

/// <summary><c>willing simulate merge</c>: joins the shards of one batch into the file one process would have written, byte for byte.</summary>
public sealed class SimulateMergeCommand(CliOutput output) : AsyncCommand<SimulateMergeSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, SimulateMergeSettings settings, CancellationToken cancellationToken)
    {
        var result = await BatchMerger.MergeAsync(settings.Parts, settings.Out!, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            foreach (string e in result.Errors)
                output.Error.WriteLine($"willing: {e}");
            output.Error.WriteLine($"willing: nothing was merged ({CaseBaseLoader.Plural(result.Errors.Length, "problem")})");
            return WillingApp.InvalidInput;
        }

        SimulationOutput.Summary(output, settings.Format, result.Summary!, settings.Out!, $"Merged {CaseBaseLoader.Plural(settings.Parts.Length, "part")}");
        return WillingApp.Success;
    }
}
