using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Lifecycle.Cases;

namespace Willing.Cli.Commands.Lifecycle;

/// <summary>How a case's memberships become event-history rows: the options every lifecycle command over a case shares.</summary>
public class LifecycleSettings : CaseSettings
{
    /// <summary>What scheduled exits count as.</summary>
    [CommandOption("--scheduled <HOW>")]
    [Description("Exits at the end of a mandate, at a host state's deadline or at a planned end of mission: censor (default: they are not defections), exit (count them as exits) or cause (count them as a cause of their own, 'scheduled').")]
    [DefaultValue("censor")]
    public string Scheduled { get; init; } = "censor";

    /// <summary>Which members are subjects.</summary>
    [CommandOption("--subjects <WHO>")]
    [Description("auto (default: troop contributors when the case has any, as in Tago's design, else every member), troops or members.")]
    [DefaultValue("auto")]
    public string Subjects { get; init; } = "auto";

    /// <summary>Whether leaders are subjects too.</summary>
    [CommandOption("--with-leaders")]
    [Description("Count the leader and co-leaders among the subjects (by default the partners only).")]
    public bool WithLeaders { get; init; }

    /// <summary>When an exit happens.</summary>
    [CommandOption("--exit-at <WHEN>")]
    [Description("left (default: the month the member left) or announced (the month its exit was announced, when recorded).")]
    [DefaultValue("left")]
    public string ExitAt { get; init; } = "left";

    /// <summary>The options as the event-history rules take them.</summary>
    public EventHistoryOptions HistoryOptions => new(
        Scheduled switch { "exit" => ScheduledExits.Exit, "cause" => ScheduledExits.Cause, _ => ScheduledExits.Censor },
        Subjects switch { "troops" => SubjectScope.TroopContributors, "members" => SubjectScope.Members, _ => SubjectScope.Auto },
        WithLeaders,
        ExitAt == "announced");

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Scheduled is not ("censor" or "exit" or "cause"))
            return ValidationResult.Error($"--scheduled is censor, exit or cause, not '{Markup.Escape(Scheduled)}'");
        if (Subjects is not ("auto" or "troops" or "members"))
            return ValidationResult.Error($"--subjects is auto, troops or members, not '{Markup.Escape(Subjects)}'");
        if (ExitAt is not ("left" or "announced"))
            return ValidationResult.Error($"--exit-at is left or announced, not '{Markup.Escape(ExitAt)}'");
        return base.Validate();
    }
}

/// <summary>Options of <c>willing timeline</c>.</summary>
public sealed class TimelineSettings : CaseSettings
{
    /// <summary>The case.</summary>
    [CommandArgument(0, "<CASE>")]
    [Description("The id of a case of the case base, or a case file of your own.")]
    public string Case { get; init; } = string.Empty;

    /// <summary>The cascade window.</summary>
    [CommandOption("--window <DAYS>")]
    [Description("An exit joins a cascade when it comes within this many days of the previous exit or of the trigger that opened it (default 30).")]
    [DefaultValue(30)]
    public int Window { get; init; } = 30;

    /// <summary>Whether scheduled exits can be part of cascades.</summary>
    [CommandOption("--with-scheduled")]
    [Description("Let scheduled exits (mandate expiry, host-state deadline, mission completed) be part of cascades; by default only unilateral exits are.")]
    public bool WithScheduled { get; init; }

    /// <summary>Monte Carlo draws.</summary>
    [CommandOption("--draws <N>")]
    [Description("Monte Carlo draws for the test of cascades against independent exits (default 10000).")]
    [DefaultValue(10_000)]
    public int Draws { get; init; } = 10_000;

    /// <summary>The seed.</summary>
    [CommandOption("--seed <N>")]
    [Description("The seed of the draws (default 20040314); the same seed gives the same p-values.")]
    [DefaultValue(20040314)]
    public int Seed { get; init; } = 20040314;

    /// <summary>Where to draw the Gantt chart.</summary>
    [CommandOption("--chart <FILE>")]
    [Description("Also draw the memberships as a Gantt chart, with exit markers and trigger events (.svg or .png).")]
    public string? Chart { get; init; }

    /// <summary>Where to draw the cumulative exits.</summary>
    [CommandOption("--exits-chart <FILE>")]
    [Description("Also draw the cumulative exits (unilateral and scheduled) and the members present, month by month (.svg or .png).")]
    public string? ExitsChart { get; init; }

    /// <summary>Whether the Gantt chart shows the partners that sent forces only.</summary>
    [CommandOption("--troops-only")]
    [Description("Draw only the troop contributors, leaders left out (the subjects of the exit analyses).")]
    public bool TroopsOnly { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Chart is not null && !ChartFile.IsChartPath(Chart) || ExitsChart is not null && !ChartFile.IsChartPath(ExitsChart))
            return ValidationResult.Error("--chart and --exits-chart name an .svg or a .png file");
        if (Window < 0 || Window > 3650)
            return ValidationResult.Error("--window is a number of days from 0 to 3650");
        if (Draws < 0 || Draws > 10_000_000)
            return ValidationResult.Error("--draws is from 0 to 10000000");
        return base.Validate();
    }
}

/// <summary>Options of <c>willing survival export</c>.</summary>
public sealed class SurvivalExportSettings : LifecycleSettings
{
    /// <summary>The case.</summary>
    [CommandArgument(0, "<CASE>")]
    [Description("The id of a case of the case base, or a case file of your own.")]
    public string Case { get; init; } = string.Empty;

    /// <summary>Where to write.</summary>
    [CommandOption("--out <FILE>")]
    [Description("Write the rows to this file instead of printing them.")]
    public string? Out { get; init; }
}
