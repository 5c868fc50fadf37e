namespace Willing.Core.Reading;

/// <summary>
/// The limits every reader of user input enforces (case files, codebooks, CSVs, and what later
/// readers add), so that no file can make Willing crash, hang or exhaust memory.
/// </summary>
/// <remarks>
/// The defaults sit far above any real file (the largest built-in case file is 280 KB, 9 levels
/// deep, with no aliases) and far below what would cost seconds or hundreds of megabytes. Each
/// limit breached is reported as one located error; the input then loads nothing. The limits are
/// documented in <c>docs/case-file-format.md</c> ("Limits").
/// </remarks>
public sealed record InputLimits
{
    /// <summary>The limits Willing uses unless a caller asks otherwise.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>The largest file read, in bytes (4 MiB).</summary>
    public long MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The deepest nesting of YAML mappings and lists.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most YAML nodes (scalars, lists, mappings) in one file, counting every node an alias expands to.</summary>
    public int MaxNodes { get; init; } = 250_000;

    /// <summary>The most alias uses (<c>*name</c>) in one file.</summary>
    public int MaxAliases { get; init; } = 1_000;

    /// <summary>The most nodes that all aliases of one file may expand to together.</summary>
    public int MaxAliasNodes { get; init; } = 10_000;

    /// <summary>The most errors printed per file; the rest are counted in one closing "… and N more" error.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>The longest value echoed in a message, in characters; longer values are shortened with an ellipsis.</summary>
    public int MaxEchoLength { get; init; } = 60;

    /// <summary>The longest word compared with known names for a "did you mean" hint.</summary>
    public int MaxSuggestLength { get; init; } = 64;

    /// <summary>The most character comparisons spent on "did you mean" hints in one file; after that, hints are left out.</summary>
    public long SuggestionBudget { get; init; } = 20_000_000;

    /// <summary>The most data rows in one CSV file.</summary>
    public int MaxCsvRows { get; init; } = 1_000_000;

    /// <summary>The most columns in one CSV file.</summary>
    public int MaxCsvColumns { get; init; } = 1_000;
}
