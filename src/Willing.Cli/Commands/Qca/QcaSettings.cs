using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Commands.Typology;

namespace Willing.Cli.Commands.Qca;

/// <summary>Where the cases of a <c>willing qca</c> analysis come from: a CSV, the coalitions of the case base, or the members of one coalition.</summary>
/// <remarks><see cref="QcaDataLoader"/> is the one place that turns these options into data.</remarks>
public class QcaSourceSettings : TypologySettings
{
    /// <summary>The CSV file.</summary>
    [CommandOption("--csv <FILE>")]
    [Description("Cases of your own: a CSV with a header row, the first column the case label, the others numbers (memberships, or raw values to calibrate with --calibrate); NA or empty for missing.")]
    public string? Csv { get; init; }

    /// <summary>The coalition whose members are the cases.</summary>
    [CommandOption("--members <CASE>")]
    [Description("The members of one coalition as the cases, in the style of Mello (2020): ELECTION, GOVCHANGE, CASUALTIES, TROOPS, PAYMENTS and the outcome EARLY. Without --csv or --members the cases are the coalitions of the case base (axes, indicators, and the outcomes EXIT, LEAVING, TREATY).")]
    public string? Members { get; init; }

    /// <summary>Calibrations of raw columns.</summary>
    [CommandOption("--calibrate <SPEC>")]
    [Description("Calibrate a raw column before the analysis (repeatable): COL=direct:e,c,i (R's QCA, 0.95 at the anchors), COL=direct-fsqca:e,c,i (log-odds ±3), COL=linear:e,i, COL=crisp:T (≥ T; also crisp:>T, crisp:<T).")]
    public string[]? Calibrate { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Csv is not null && Members is not null ? ValidationResult.Error("give --csv or --members, not both")
        : Csv is not null && Cases is { Length: > 0 } ? ValidationResult.Error("--cases names a case base; with --csv the cases are the CSV's rows")
        : base.Validate();
}

/// <summary>The options of an analysis of an outcome.</summary>
public class QcaOutcomeSettings : QcaSourceSettings
{
    /// <summary>The outcome.</summary>
    [CommandOption("--outcome <SET>")]
    [Description("The outcome set (a column; ~Y for its negation).")]
    public string? Outcome { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Outcome) ? ValidationResult.Error("give the outcome with --outcome") : base.Validate();
}

/// <summary>The options of a truth table.</summary>
public class QcaTableSettings : QcaOutcomeSettings
{
    /// <summary>The conditions.</summary>
    [CommandOption("--conditions <SETS>")]
    [Description("Comma-separated condition columns, in the order of the truth table's columns.")]
    public string? Conditions { get; init; }

    /// <summary>The inclusion cut-off.</summary>
    [CommandOption("--incl-cut <X>")]
    [Description("Inclusion cut-off for a row's output 1 (default 1); two values 'ic1,ic0' make rows between them contradictions (C), as R's incl.cut = c(ic1, ic0).")]
    public string? InclCut { get; init; }

    /// <summary>The frequency cut-off.</summary>
    [CommandOption("--n-cut <N>")]
    [Description("Frequency cut-off: rows with fewer cases are remainders (?) (default 1).")]
    [DefaultValue(1)]
    public int NCut { get; init; } = 1;

    /// <summary>The PRI cut-off.</summary>
    [CommandOption("--pri-cut <X>")]
    [Description("PRI cut-off: a row needs at least this PRI for output 1 (default 0).")]
    [DefaultValue(0.0)]
    public double PriCut { get; init; }

    /// <summary>The condition names.</summary>
    public IReadOnlyList<string> ConditionNames => Conditions is null ? [] : [.. Conditions.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        ConditionNames.Count == 0 ? ValidationResult.Error("give the conditions with --conditions A,B,C")
        : ConditionNames.Distinct(StringComparer.Ordinal).Count() != ConditionNames.Count ? ValidationResult.Error("--conditions names a condition twice")
        : NCut < 1 ? ValidationResult.Error("--n-cut must be at least 1")
        : PriCut is < 0 or > 1 ? ValidationResult.Error("--pri-cut must lie between 0 and 1")
        : base.Validate();
}

/// <summary>The options of <c>willing qca fit</c>.</summary>
public sealed class QcaFitSettings : QcaOutcomeSettings
{
    /// <summary>The expression.</summary>
    [CommandOption("--expression <EXPR>")]
    [Description("The condition, in QCA's notation: A*~B + C (* and, + or, ~ not).")]
    public string? Expression { get; init; }

    /// <summary>Whether necessity is tested.</summary>
    [CommandOption("--necessity")]
    [Description("Test necessity (inclN, RoN, covN) instead of sufficiency (inclS, PRI, covS).")]
    public bool Necessity { get; init; }

    /// <summary>The XY plot file.</summary>
    [CommandOption("--chart <FILE>")]
    [Description("Also draw the XY plot (condition against outcome, with the diagonal) to this .svg or .png file.")]
    public string? Chart { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Expression) ? ValidationResult.Error("give the condition with --expression \"A*~B\"") : base.Validate();
}

/// <summary>The options of <c>willing qca minimize</c>.</summary>
public sealed class QcaMinimizeSettings : QcaTableSettings
{
    /// <summary>The solution sought.</summary>
    [CommandOption("--solution <KIND>")]
    [Description("conservative (no remainders; the default), parsimonious (every tenable remainder) or intermediate (the easy counterfactuals of --directions).")]
    [DefaultValue("conservative")]
    public string Solution { get; init; } = "conservative";

    /// <summary>The directional expectations.</summary>
    [CommandOption("--directions <LIST>")]
    [Description("For the intermediate solution: COND=1 (its presence is expected to contribute to the outcome), COND=0 (its absence), comma-separated; conditions not named have no expectation.")]
    public string? Directions { get; init; }

    /// <summary>The untenable remainders.</summary>
    [CommandOption("--exclude <EXPR>")]
    [Description("An expression over the conditions: remainders in it are untenable and never used as simplifying assumptions (e.g. \"~DEV*IND\").")]
    public string? Exclude { get; init; }

    /// <summary>The most solutions listed.</summary>
    [CommandOption("--max-solutions <N>")]
    [Description("List at most this many equally minimal solutions (default 1000); the output says when there are more.")]
    [DefaultValue(1000)]
    public int MaxSolutions { get; init; } = 1000;

    /// <summary>Whether robustness is checked.</summary>
    [CommandOption("--robustness")]
    [Description("Also vary the inclusion cut-off (0.70 to 1 by 0.05) and, with --calibrate, each anchor (10 steps of 5% of its span either way) and report where the solution stays the same.")]
    public bool Robustness { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Solution is not ("conservative" or "parsimonious" or "intermediate") ? ValidationResult.Error("--solution is conservative, parsimonious or intermediate")
        : Solution == "intermediate" && string.IsNullOrWhiteSpace(Directions) ? ValidationResult.Error("the intermediate solution needs --directions, e.g. A=1,B=0")
        : Solution != "intermediate" && Directions is not null ? ValidationResult.Error("--directions is for --solution intermediate")
        : MaxSolutions < 1 ? ValidationResult.Error("--max-solutions must be at least 1")
        : base.Validate();
}
