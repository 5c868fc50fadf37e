using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Network;

/// <summary>The options every <c>willing network</c> command shares: where the graph comes from, a case of the case base or an edge list.</summary>
/// <remarks><see cref="NetworkGraphLoader"/> is the one place that turns these options into a graph.</remarks>
public class NetworkSettings : CaseSettings
{
    /// <summary>The case whose coordination network is analysed.</summary>
    [CommandArgument(0, "[CASE]")]
    [Description("The id of a case whose coordination network to analyse (its members and prospects linked by ties and by shared events and bodies), or a case file of your own; or give --edges.")]
    public string? Case { get; init; }

    /// <summary>One of the case's declared periods.</summary>
    [CommandOption("--period <ID>")]
    [Description("Only the facts dated within one of the case's declared periods (ties change over a coalition's life).")]
    public string? Period { get; init; }

    /// <summary>Which actors are nodes.</summary>
    [CommandOption("--scope <SCOPE>")]
    [Description("members (default): members and prospects; all: every actor a tie, event, body or list names (beneficiaries, targets, opponents too).")]
    [DefaultValue("members")]
    public string Scope { get; init; } = "members";

    /// <summary>What links actors.</summary>
    [CommandOption("--links <KINDS>")]
    [Description("What links two actors, comma-separated: ties, events, bodies, lists (default ties,events,bodies). Shared events, bodies and lists link their participants pairwise.")]
    [DefaultValue("ties,events,bodies")]
    public string Links { get; init; } = "ties,events,bodies";

    /// <summary>Only events whose participants are named in full.</summary>
    [CommandOption("--complete-lists-only")]
    [Description("Leave out the events whose sources count more participants than they name (the sensitivity check for partial participant lists).")]
    public bool CompleteListsOnly { get; init; }

    /// <summary>Whether role-implied ties are added.</summary>
    [CommandOption("--role-ties")]
    [Description("Also link each leader, co-leader or lead nation to every member (ties implied by roles, marked as such).")]
    public bool RoleTies { get; init; }

    /// <summary>The CSV edge list.</summary>
    [CommandOption("--edges <FILE>")]
    [Description("A CSV edge list with columns source,target (and a weight column named by --weight); further columns are ignored.")]
    public string? Edges { get; init; }

    /// <summary>Whether each row is an edge from source to target.</summary>
    [CommandOption("--directed")]
    [Description("With --edges: read each row as a directed edge from source to target (default: undirected). With a case: the network of its directed ties, from their initiators.")]
    public bool Directed { get; init; }

    /// <summary>The weight column, if any.</summary>
    [CommandOption("--weight <COLUMN>")]
    [Description("The column of edge weights (positive numbers). Path metrics read a weight as a length, the others as a strength. Default: every edge weighs 1.")]
    public string? Weight { get; init; }

    /// <summary>The link kinds named by <see cref="Links"/>, or null when one is unknown.</summary>
    public IReadOnlySet<string>? LinkKinds
    {
        get
        {
            var kinds = Links.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            return kinds.Count > 0 && kinds.All(k => k is "ties" or "events" or "bodies" or "lists") ? kinds : null;
        }
    }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Edges) == string.IsNullOrWhiteSpace(Case))
            return ValidationResult.Error("give a case id or --edges FILE (the CSV edge list to read), not both");
        if (Case is not null && Weight is not null)
            return ValidationResult.Error("--weight reads a column of an edge list; a case's links are weighted by how many ties and shared events join them");
        if (Edges is not null && (Period is not null || Cases is not null))
            return ValidationResult.Error("--period and --cases choose a case; with --edges there is none");
        if (Scope is not ("members" or "all"))
            return ValidationResult.Error($"--scope is 'members' or 'all', not '{Markup.Escape(Scope)}'");
        if (LinkKinds is null)
            return ValidationResult.Error($"--links is a comma-separated list of ties, events, bodies and lists, not '{Markup.Escape(Links)}'");
        return base.Validate();
    }
}
