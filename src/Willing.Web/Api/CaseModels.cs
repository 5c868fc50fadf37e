using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Storage;
using Willing.Typology;
using Willing.Typology.Classification;

namespace Willing.Web.Api;

/// <summary>One stored case as <c>GET /api/cases</c> lists it: what it is, where the typology places it, and its revision.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Name">The coalition's name.</param>
/// <param name="Period">When it was active.</param>
/// <param name="IssueArea">Its issue area (kebab case, e.g. <c>humanitarian-disarmament</c>).</param>
/// <param name="Model">Model one, two, hybrid or undetermined (absent when the stored text no longer reads).</param>
/// <param name="Cell">The cell code over H, C, S, T, R (e.g. <c>11110</c>), absent when undetermined.</param>
/// <param name="CellName">The cell in words.</param>
/// <param name="Axes">The membership in each axis's set (1 = the model-one pole).</param>
/// <param name="Indeterminacy">1 − the largest membership in any four-axis corner (0 to 0.5).</param>
/// <param name="Members">How many actual members it has (not opponents, courted actors or observers).</param>
/// <param name="Leaders">Its leaders and co-leaders.</param>
/// <param name="Revision">The current revision (1 for a case never edited); send it back as <c>If-Match: "rev-N"</c> to edit.</param>
/// <param name="UpdatedAt">When the current revision was written (UTC).</param>
/// <param name="UpdatedBy">Who wrote it.</param>
public sealed record CaseListItem(
    string Id,
    string Name,
    PeriodInfo? Period,
    string? IssueArea,
    ModelKind? Model,
    string? Cell,
    string? CellName,
    AxisValues? Axes,
    double? Indeterminacy,
    int? Members,
    ImmutableArray<ActorRef> Leaders,
    int Revision,
    DateTimeOffset UpdatedAt,
    string UpdatedBy);

/// <summary>A span of time as the case file writes its dates (<c>2003</c>, <c>2003-03</c>, <c>2003-03-20</c>).</summary>
/// <param name="Start">When it began.</param>
/// <param name="End">When it ended; absent while still active.</param>
public sealed record PeriodInfo(string Start, string? End)
{
    /// <summary>A coalition's period.</summary>
    /// <param name="period">The period.</param>
    public static PeriodInfo Of(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new PeriodInfo(period.Start.ToString(), period.End?.ToString());
    }
}

/// <summary>An actor named by id and name.</summary>
/// <param name="Id">The actor's id (an ISO 3166 alpha-3 code for a state).</param>
/// <param name="Name">Its name.</param>
public sealed record ActorRef(string Id, string Name);

/// <summary>The membership of a case in each set: the four axes, R and D (1 = the model-one pole); absent when undetermined.</summary>
/// <param name="Organization">H: hierarchical, hub-and-spoke (1) against a horizontal network (0).</param>
/// <param name="Motivation">C: coerced or bribed (1) against drawn by norms and status (0).</param>
/// <param name="Actorness">S: state-centric (1) against mixed state and non-state (0).</param>
/// <param name="Trigger">T: a hard-security crisis (1) against a long, chosen trajectory (0).</param>
/// <param name="Institutions">R: circumvents established institutions (1) against works through them (0).</param>
/// <param name="Diplomacy">D: closed, state-to-state diplomacy (1) against public diplomacy (0).</param>
public sealed record AxisValues(double? Organization, double? Motivation, double? Actorness, double? Trigger, double? Institutions, double? Diplomacy)
{
    /// <summary>The memberships of a classification.</summary>
    /// <param name="c">The classification.</param>
    public static AxisValues Of(CaseClassification c) => Select(c, a => a.Membership);

    /// <summary>One value of each axis's score.</summary>
    /// <param name="c">The classification.</param>
    /// <param name="value">The value taken from each axis's score.</param>
    public static AxisValues Select(CaseClassification c, Func<AxisScore, double?> value)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(value);
        return new AxisValues(
            ApiJson.Finite(value(c[Axis.Organization])), ApiJson.Finite(value(c[Axis.Motivation])), ApiJson.Finite(value(c[Axis.Actorness])),
            ApiJson.Finite(value(c[Axis.Trigger])), ApiJson.Finite(value(c[Axis.Institutions])), ApiJson.Finite(value(c[Axis.Diplomacy])));
    }
}

/// <summary>A stored case in full (<c>GET /api/cases/{id}</c>): the coalition as its case file records it, with its revision.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Name">The coalition's name.</param>
/// <param name="Revision">The current revision (also the ETag, <c>"rev-N"</c>).</param>
/// <param name="UpdatedAt">When it was written (UTC).</param>
/// <param name="UpdatedBy">Who wrote it.</param>
/// <param name="Coalition">
/// The coalition: every actor, membership, contribution, inducement, tie, event, list, body and series, each fact with
/// the ids of its sources. A read-only view (snake_case fields, as <c>willing cases show --format json</c>); to edit,
/// take the case file from <c>/export</c> and <c>PUT</c> it back.
/// </param>
/// <remarks>The coalition is given as JSON already written (its schema is that of the case model, docs/case-file-format.md), so that it is serialised once per case and snapshot.</remarks>
public sealed record CaseDocument(string Id, string Name, int Revision, DateTimeOffset UpdatedAt, string UpdatedBy, System.Text.Json.JsonElement Coalition);

/// <summary>One revision of a case: who wrote it, when, what it changed and the sources the edit cites.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Revision">The revision, counting from 1.</param>
/// <param name="Author">Who wrote it (the <c>X-Willing-Author</c> header of the write, or <c>api</c>; <c>willing</c> for the seeded cases).</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="Changes">The fields it changed from the revision before (revision 1: every field, as added).</param>
/// <param name="Sources">The source ids the edit cites.</param>
public sealed record RevisionInfo(string CaseId, int Revision, string Author, DateTimeOffset CreatedAt, IReadOnlyList<FieldChange> Changes, IReadOnlyList<string> Sources)
{
    /// <summary>A stored revision.</summary>
    /// <param name="r">The revision.</param>
    public static RevisionInfo Of(CaseRevision r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new RevisionInfo(r.CaseId, r.Revision, r.Author, r.CreatedAt, r.Changes, r.Sources);
    }
}

/// <summary>What <c>POST /api/cases/import</c> stored: each case's first revision, in the order of the files.</summary>
/// <param name="Imported">The revisions.</param>
public sealed record ImportInfo(IReadOnlyList<RevisionInfo> Imported);
