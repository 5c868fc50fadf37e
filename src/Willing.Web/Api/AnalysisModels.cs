using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Lifecycle.Cases;
using Willing.Lifecycle.Survival;
using Willing.Typology;
using Willing.Typology.Classification;

namespace Willing.Web.Api;

/// <summary>
/// Where a case stands in Cooper's property space and why (<c>GET /api/cases/{id}/classification</c>): the
/// model and cell, each axis with its membership, bounds, coverage, rule, dimensions and indicators (raw values,
/// calibration, and the facts behind them with their sources), and the trajectory over the case's periods.
/// </summary>
/// <param name="Case">The case id.</param>
/// <param name="Name">The coalition's name.</param>
/// <param name="Codebook">The codebook that classified it.</param>
/// <param name="Revision">The case's revision the classification is of.</param>
/// <param name="Model">Model one, two, hybrid or undetermined.</param>
/// <param name="Cell">The cell code over H, C, S, T, R, absent when undetermined.</param>
/// <param name="CellName">The cell in words.</param>
/// <param name="MembershipOne">Membership in the model-one corner: min(H, C, S, T).</param>
/// <param name="MembershipTwo">Membership in the model-two corner: min(1−H, 1−C, 1−S, 1−T).</param>
/// <param name="Indeterminacy">1 − the largest membership in any four-axis corner (0 to 0.5; higher is less clearly in any corner).</param>
/// <param name="DistanceOne">Distance to the model-one ideal type over H, C, S, T, divided by √4 (0 to 1).</param>
/// <param name="DistanceTwo">Distance to the model-two ideal type, likewise.</param>
/// <param name="Flags">Why no cell could be assigned, or cautions.</param>
/// <param name="Axes">The six sets in the order H, C, S, T, R, D.</param>
/// <param name="Corners">The membership in every cell, highest first (empty when a set is undetermined).</param>
/// <param name="Trajectory">Each period the case declares, classified on the evidence dated within it (empty when it declares none).</param>
public sealed record ClassificationInfo(
    string Case,
    string Name,
    string Codebook,
    int Revision,
    ModelKind Model,
    string? Cell,
    string? CellName,
    double? MembershipOne,
    double? MembershipTwo,
    double? Indeterminacy,
    double? DistanceOne,
    double? DistanceTwo,
    ImmutableArray<string> Flags,
    ImmutableArray<AxisDetail> Axes,
    ImmutableArray<CornerMembership> Corners,
    ImmutableArray<PeriodClassification> Trajectory)
{
    /// <summary>The answer for a classification and its trajectory.</summary>
    /// <param name="c">The classification.</param>
    /// <param name="coalition">The coalition (for the sources' citations).</param>
    /// <param name="codebook">The codebook's name.</param>
    /// <param name="revision">The revision.</param>
    /// <param name="periods">The periods' classifications.</param>
    public static ClassificationInfo Of(CaseClassification c, Coalition coalition, string codebook, int revision, IEnumerable<CaseClassification> periods)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(coalition);
        var sources = coalition.Sources.ToDictionary(s => s.Id.Value, StringComparer.Ordinal);
        return new ClassificationInfo(
            c.Case.Value, c.Name, codebook, revision, c.Model, c.Cell?.Code, c.Cell?.Name,
            ApiJson.Finite(c.MembershipOne), ApiJson.Finite(c.MembershipTwo), ApiJson.Finite(c.Indeterminacy), ApiJson.Finite(c.DistanceOne), ApiJson.Finite(c.DistanceTwo),
            c.Flags, [.. c.Axes.Select(a => AxisDetail.Of(a, sources))], c.Corners, [.. periods.Select(PeriodClassification.Of)]);
    }
}

/// <summary>One axis of a classification and how its membership was reached.</summary>
/// <param name="Axis">The axis: organization, motivation, actorness, trigger, institutions or diplomacy.</param>
/// <param name="Set">Its letter: H, C, S, T, R or D.</param>
/// <param name="Membership">The membership in the set (1 = the model-one pole); absent when undetermined.</param>
/// <param name="Low">The membership with every indicator without data set to 0: the lower bound the missing evidence allows.</param>
/// <param name="High">The membership with every indicator without data set to 1: the upper bound.</param>
/// <param name="Indeterminate">Whether the membership lies in the codebook's band around the crossover 0.5.</param>
/// <param name="BoundsStraddle">Whether the bounds lie on both sides of 0.5 (filling the gaps could put the case on either side).</param>
/// <param name="Coverage">How many of the rule's terms had data.</param>
/// <param name="Rule">The codebook's rule, e.g. <c>and(H-res, H-hub, H-init, H-aut)</c>.</param>
/// <param name="Applied">The rule as applied: terms without data left out, values filled in.</param>
/// <param name="Dimensions">The axis's constitutive dimensions and their memberships.</param>
/// <param name="Indicators">Every indicator of the axis, with or without data.</param>
public sealed record AxisDetail(
    Axis Axis,
    string Set,
    double? Membership,
    double? Low,
    double? High,
    bool Indeterminate,
    bool BoundsStraddle,
    CoverageInfo Coverage,
    string Rule,
    string Applied,
    ImmutableArray<DimensionValue> Dimensions,
    ImmutableArray<IndicatorInfo> Indicators)
{
    /// <summary>The answer for an axis score.</summary>
    /// <param name="a">The score.</param>
    /// <param name="sources">The case's sources by id.</param>
    public static AxisDetail Of(AxisScore a, IReadOnlyDictionary<string, Source> sources)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new AxisDetail(
            a.Axis, AxisInfo.Letter(a.Axis), ApiJson.Finite(a.Membership), ApiJson.Finite(a.Low), ApiJson.Finite(a.High), a.Indeterminate, a.BoundsStraddle,
            new CoverageInfo(a.Measured, a.Terms, a.MinMeasured, a.Coverage), a.Rule, a.Applied, a.Dimensions,
            [.. a.Indicators.Select(i => IndicatorInfo.Of(i, sources))]);
    }
}

/// <summary>How many terms of an axis rule had data.</summary>
/// <param name="Measured">Terms with data.</param>
/// <param name="Of">Terms in the rule.</param>
/// <param name="Required">Terms that must have data for the axis to be scored.</param>
/// <param name="Share">Measured / of.</param>
public sealed record CoverageInfo(int Measured, int Of, int Required, double Share);

/// <summary>One indicator for one case: its raw value, its calibrated membership, and the facts behind it.</summary>
/// <param name="Id">The codebook id, e.g. <c>H2</c>.</param>
/// <param name="Name">What it measures.</param>
/// <param name="Raw">The raw value of a numeric indicator.</param>
/// <param name="Category">The raw category of an ordinal indicator.</param>
/// <param name="N">For a count share: the n behind it.</param>
/// <param name="Count">For a count share: the k of n.</param>
/// <param name="Shrunk">The value calibrated when it differs from the raw value (a count share pulled towards one half).</param>
/// <param name="IntervalLow">The lower end of the raw value's interval, when its facts are ranges or bounds.</param>
/// <param name="IntervalHigh">The upper end (absent when unbounded).</param>
/// <param name="Membership">The calibrated membership; absent without data.</param>
/// <param name="Calibration">How the raw value was calibrated.</param>
/// <param name="Computation">How the raw value was computed for this case, in words.</param>
/// <param name="Missing">Why there is no value, when there is none.</param>
/// <param name="Evidence">The facts behind the raw value, each with its sources.</param>
public sealed record IndicatorInfo(
    string Id,
    string Name,
    double? Raw,
    string? Category,
    int? N,
    int? Count,
    double? Shrunk,
    double? IntervalLow,
    double? IntervalHigh,
    double? Membership,
    string Calibration,
    string Computation,
    string? Missing,
    ImmutableArray<EvidenceInfo> Evidence)
{
    /// <summary>The answer for an indicator value.</summary>
    /// <param name="i">The value.</param>
    /// <param name="sources">The case's sources by id.</param>
    public static IndicatorInfo Of(IndicatorValue i, IReadOnlyDictionary<string, Source> sources)
    {
        ArgumentNullException.ThrowIfNull(i);
        ArgumentNullException.ThrowIfNull(sources);
        return new IndicatorInfo(
            i.Id, i.Name, ApiJson.Finite(i.Raw), i.Category, i.Share?.N, i.Share?.Count, ApiJson.Finite(i.Shrunk),
            i.Interval is { } iv ? ApiJson.Finite(iv.Low) : null, i.Interval is { } ih ? ApiJson.Finite(ih.High) : null,
            ApiJson.Finite(i.Membership), i.Calibration, i.Computation, i.MissingReason,
            [.. i.Evidence.Select(e => new EvidenceInfo(e.Fact, [.. e.Sources.Select(s => SourceRef.Of(s.Value, sources))]))]);
    }
}

/// <summary>A fact of the case file behind an indicator, with the sources it cites.</summary>
/// <param name="Fact">The fact in words, e.g. "USA: troops 250000 (peak)".</param>
/// <param name="Sources">Its sources.</param>
public sealed record EvidenceInfo(string Fact, ImmutableArray<SourceRef> Sources);

/// <summary>A source of the case file, by id, with its address or citation.</summary>
/// <param name="Id">The source id, as the case file declares it.</param>
/// <param name="Url">Where it can be read.</param>
/// <param name="Citation">Its bibliographic citation.</param>
public sealed record SourceRef(string Id, string? Url, string? Citation)
{
    /// <summary>The source with this id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="sources">The case's sources by id.</param>
    public static SourceRef Of(string id, IReadOnlyDictionary<string, Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return sources.TryGetValue(id, out var s) ? new SourceRef(id, s.Url?.ToString(), s.Citation) : new SourceRef(id, null, null);
    }
}

/// <summary>One period of a case's trajectory, classified on the evidence dated within it.</summary>
/// <param name="Period">The period's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Span">Its span as written.</param>
/// <param name="UndatedKept">How many undated facts it kept (they count in every period).</param>
/// <param name="Model">Model one, two, hybrid or undetermined.</param>
/// <param name="Cell">The cell code, absent when undetermined.</param>
/// <param name="CellName">The cell in words.</param>
/// <param name="Axes">The membership in each set.</param>
/// <param name="Low">The lower bound of each set's membership.</param>
/// <param name="High">The upper bound.</param>
/// <param name="Indeterminacy">1 − the largest corner membership.</param>
/// <param name="DistanceOne">Distance to the model-one ideal type.</param>
/// <param name="DistanceTwo">Distance to the model-two ideal type.</param>
/// <param name="Flags">Cautions.</param>
public sealed record PeriodClassification(
    string? Period,
    string? Name,
    string? Span,
    int? UndatedKept,
    ModelKind Model,
    string? Cell,
    string? CellName,
    AxisValues Axes,
    AxisValues Low,
    AxisValues High,
    double? Indeterminacy,
    double? DistanceOne,
    double? DistanceTwo,
    ImmutableArray<string> Flags)
{
    /// <summary>The answer for one period's classification.</summary>
    /// <param name="c">The classification.</param>
    public static PeriodClassification Of(CaseClassification c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new PeriodClassification(
            c.Period, c.PeriodName, c.PeriodSpan, c.UndatedKept, c.Model, c.Cell?.Code, c.Cell?.Name,
            AxisValues.Of(c), AxisValues.Select(c, a => a.Low), AxisValues.Select(c, a => a.High),
            ApiJson.Finite(c.Indeterminacy), ApiJson.Finite(c.DistanceOne), ApiJson.Finite(c.DistanceTwo), c.Flags);
    }
}

/// <summary>
/// A case's membership over time (<c>GET /api/cases/{id}/timeline</c>): who joined and left when, why, what set
/// exits off, and the month-by-month count. Months count from the month the case's period starts (month 0).
/// </summary>
/// <param name="Case">The case id.</param>
/// <param name="Origin">Month 0, as <c>YYYY-MM</c>.</param>
/// <param name="LastMonth">The last month observed.</param>
/// <param name="Members">Every member's span, in order of joining.</param>
/// <param name="Exits">The members that left, in order of leaving.</param>
/// <param name="Triggers">The events exits name as their trigger, and the elections, casualties and hostage crises of members, by date.</param>
/// <param name="Events">Every dated event of the case, by date.</param>
/// <param name="Months">The count of members, troop contributors and dated troops in each month.</param>
/// <param name="Notes">What the month rule had to assume.</param>
public sealed record TimelineInfo(
    string Case,
    string Origin,
    int LastMonth,
    ImmutableArray<MemberSpanInfo> Members,
    ImmutableArray<ExitInfo> Exits,
    ImmutableArray<TriggerInfo> Triggers,
    ImmutableArray<EventInfo> Events,
    ImmutableArray<MonthCount> Months,
    ImmutableArray<string> Notes)
{
    /// <summary>The answer for a timeline.</summary>
    /// <param name="coalition">The coalition.</param>
    /// <param name="t">Its timeline.</param>
    public static TimelineInfo Of(Coalition coalition, Timeline t)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        ArgumentNullException.ThrowIfNull(t);
        var clock = t.Clock;
        return new TimelineInfo(
            t.Case.Value, clock.Label(0), t.LastMonth,
            [.. t.Members.Select(MemberSpanInfo.Of)],
            [.. t.Exits.Select(s => new ExitInfo(s.Actor.Value, s.Name, s.Left?.ToString(), s.EndMonth ?? t.LastMonth, s.Reason, s.Kind, s.Announced?.ToString(), s.Event?.Value))],
            [.. t.Triggers.Select(e => new TriggerInfo(e.Id.Value, e.Kind, e.Name, e.Date.ToString(), e.Month, e.Subject?.Value, e.Deaths, e.GovernmentChanged, [.. e.ExitsTriggered.Select(a => a.Value)]))],
            [.. coalition.Events.OrderBy(e => e.Date.EarliestDay).ThenBy(e => e.Id.Value, StringComparer.Ordinal)
                .Select(e => new EventInfo(e.Id.Value, e.Kind, e.Name, e.Date.ToString(), e.EndDate?.ToString(), clock.Event(e.Date), e.Subject?.Value, [.. e.Provenance.Sources.Select(s => s.Value)]))],
            t.Months, t.Notes);
    }
}

/// <summary>One member's part over time.</summary>
/// <param name="Actor">The member's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Roles">Its roles.</param>
/// <param name="Joined">When it joined, as recorded.</param>
/// <param name="Left">When it left, as recorded.</param>
/// <param name="StartMonth">The month it counts from.</param>
/// <param name="EndMonth">The month it left in; absent when it stayed.</param>
/// <param name="Reason">The main reason of its exit.</param>
/// <param name="Kind">Whether the exit was unilateral, scheduled, or not an exit.</param>
/// <param name="Announced">When the exit was announced.</param>
/// <param name="Event">The event that set the exit off.</param>
/// <param name="PeakTroops">Its largest troop figure.</param>
/// <param name="Deaths">Its military deaths.</param>
public sealed record MemberSpanInfo(
    string Actor, string Name, ImmutableArray<Role> Roles, string? Joined, string? Left, int StartMonth, int? EndMonth,
    ExitReason? Reason, ExitKind? Kind, string? Announced, string? Event, decimal? PeakTroops, int? Deaths)
{
    /// <summary>The answer for a member's span.</summary>
    /// <param name="s">The span.</param>
    public static MemberSpanInfo Of(MemberSpan s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new MemberSpanInfo(s.Actor.Value, s.Name, s.Roles, s.Joined?.ToString(), s.Left?.ToString(), s.StartMonth, s.EndMonth,
            s.Reason, s.Kind, s.Announced?.ToString(), s.Event?.Value, s.PeakTroops, s.Deaths);
    }
}

/// <summary>A member's exit.</summary>
/// <param name="Actor">The member.</param>
/// <param name="Name">Its name.</param>
/// <param name="Left">When it left, as recorded.</param>
/// <param name="Month">The month it left in.</param>
/// <param name="Reason">Why.</param>
/// <param name="Kind">Unilateral, scheduled, or not an exit.</param>
/// <param name="Announced">When it was announced.</param>
/// <param name="Event">The event that set it off.</param>
public sealed record ExitInfo(string Actor, string Name, string? Left, int Month, ExitReason? Reason, ExitKind? Kind, string? Announced, string? Event);

/// <summary>An event on the timeline that bears on exits.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Name">Its name.</param>
/// <param name="Date">Its date as recorded.</param>
/// <param name="Month">The month it counts in.</param>
/// <param name="Subject">The member it befell.</param>
/// <param name="Deaths">For casualties, the deaths.</param>
/// <param name="GovernmentChanged">For elections, whether the head of government changed.</param>
/// <param name="ExitsTriggered">The members whose exit names it as the trigger.</param>
public sealed record TriggerInfo(string Id, EventKind Kind, string? Name, string Date, int Month, string? Subject, int? Deaths, bool? GovernmentChanged, ImmutableArray<string> ExitsTriggered);

/// <summary>A dated event of the case.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Name">Its name.</param>
/// <param name="Date">When it happened or began.</param>
/// <param name="EndDate">When a multi-day event ended.</param>
/// <param name="Month">The month it counts in.</param>
/// <param name="Subject">The actor it happened to.</param>
/// <param name="Sources">Its sources.</param>
public sealed record EventInfo(string Id, EventKind Kind, string? Name, string Date, string? EndDate, int Month, string? Subject, ImmutableArray<string> Sources);

/// <summary>
/// A case's coordination network (<c>GET /api/cases/{id}/network</c>): members and prospects as nodes with their
/// measures, linked by their sourced ties and shared events and bodies. The measures are taken on the unweighted
/// graph (a link counts once), as <c>willing network metrics --case</c> takes them; each edge's weight is the number
/// of ties, events and bodies behind it.
/// </summary>
/// <param name="Case">The case id.</param>
/// <param name="Summary">The network's size and shape.</param>
/// <param name="Nodes">The actors, in the order the case file names them.</param>
/// <param name="Edges">The undirected links.</param>
/// <param name="Directed">The directed ties among the nodes (from their initiator).</param>
/// <param name="Coverage">How completely each event's participants are named.</param>
public sealed record NetworkInfo(
    string Case,
    NetworkSummaryInfo Summary,
    ImmutableArray<NodeInfo> Nodes,
    ImmutableArray<EdgeInfo> Edges,
    ImmutableArray<DirectedTieInfo> Directed,
    ImmutableArray<CoverageOfEvent> Coverage);

/// <summary>The size and shape of a network.</summary>
/// <param name="Nodes">Actors.</param>
/// <param name="Links">Pairs of actors linked.</param>
/// <param name="Components">Connected components (an isolate is one).</param>
/// <param name="Density">The share of possible links present.</param>
/// <param name="DegreeCentralization">Freeman degree centralization (a star is 1, a ring 0).</param>
/// <param name="BetweennessCentralization">Freeman betweenness centralization.</param>
/// <param name="TieCentralization">The degree centralization of the direct ties alone (what the typology's H1 reads).</param>
/// <param name="LinksFrom">What links actors.</param>
public sealed record NetworkSummaryInfo(int Nodes, int Links, int Components, double? Density, double? DegreeCentralization, double? BetweennessCentralization, double? TieCentralization, string LinksFrom);

/// <summary>An actor of the network with its measures.</summary>
/// <param name="Id">The actor's id (a person counts as the actor it acted for).</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its actor kind.</param>
/// <param name="StateSide">True for states, IGOs, subnational governments and legislatures.</param>
/// <param name="Standing">member or prospect (courted to join).</param>
/// <param name="Degree">Links at the node.</param>
/// <param name="Strength">The summed weight of its links (the number of ties, events and bodies behind them).</param>
/// <param name="Betweenness">Brandes betweenness, unnormalised, each pair counted once.</param>
/// <param name="Closeness">Closeness over the reachable nodes; absent for an isolate.</param>
/// <param name="Harmonic">The sum of 1/d to the other nodes.</param>
/// <param name="Eigenvector">Eigenvector centrality, the largest 1.</param>
/// <param name="Pagerank">PageRank (damping 0.85).</param>
/// <param name="Coreness">The k-core it belongs to.</param>
/// <param name="Constraint">Burt's constraint; absent for an isolate.</param>
public sealed record NodeInfo(
    string Id, string Name, string Kind, bool StateSide, string Standing, int Degree, double Strength, double? Betweenness, double? Closeness,
    double? Harmonic, double? Eigenvector, double? Pagerank, int Coreness, double? Constraint);

/// <summary>An undirected link and what it rests on.</summary>
/// <param name="A">One end (the ordinally smaller id).</param>
/// <param name="B">The other end.</param>
/// <param name="Weight">The number of ties, shared events and bodies behind it.</param>
/// <param name="Bases">Each of them, with its sources.</param>
public sealed record EdgeInfo(string A, string B, int Weight, ImmutableArray<LinkBasisInfo> Bases);

/// <summary>What one link rests on.</summary>
/// <param name="Origin">tie, event, body, list or role.</param>
/// <param name="Label">The tie's kind, or the event's or body's id.</param>
/// <param name="Sources">Its sources.</param>
public sealed record LinkBasisInfo(string Origin, string Label, ImmutableArray<string> Sources);

/// <summary>A directed tie.</summary>
/// <param name="From">The initiator.</param>
/// <param name="To">The other end.</param>
/// <param name="Kind">The tie's kind.</param>
/// <param name="Sources">Its sources.</param>
public sealed record DirectedTieInfo(string From, string To, string Kind, ImmutableArray<string> Sources);

/// <summary>How completely an event's participants are named.</summary>
/// <param name="Event">The event's id.</param>
/// <param name="Named">How many actors it names.</param>
/// <param name="Reported">The total a source reports.</param>
/// <param name="Complete">Whether no source reports more than are named.</param>
public sealed record CoverageOfEvent(string Event, int Named, int? Reported, bool Complete);

/// <summary>
/// The partners' retention (<c>GET /api/cases/{id}/survival</c>): the Kaplan–Meier estimate of staying in the coalition,
/// in months since the case began, with delayed entry (each partner at risk from the month it joined). The subjects are
/// the troop contributors other than the leaders when there are any (Tago 2009), else every member but the leaders; a
/// unilateral exit is an event, a scheduled exit (a mandate's end) or a leaving that is not an exit is censored.
/// </summary>
/// <param name="Case">The case id.</param>
/// <param name="Origin">Month 0, as <c>YYYY-MM</c>.</param>
/// <param name="Subjects">How many partners are followed.</param>
/// <param name="Events">How many left unilaterally.</param>
/// <param name="ConfidenceType">The scale of the confidence intervals (R's <c>conf.type</c>).</param>
/// <param name="ConfidenceLevel">Their coverage.</param>
/// <param name="Median">The median time in the coalition, in months; absent when the curve stays above 1/2.</param>
/// <param name="MedianLower">Its lower confidence limit.</param>
/// <param name="MedianUpper">Its upper confidence limit.</param>
/// <param name="Curve">One row per month in which a partner left or was censored.</param>
/// <param name="Reason">Why there is nothing to estimate, or why the curve is flat, when so.</param>
/// <param name="Notes">What the rules had to assume.</param>
public sealed record SurvivalInfo(
    string Case,
    string Origin,
    int Subjects,
    int Events,
    ConfidenceIntervalType ConfidenceType,
    double ConfidenceLevel,
    double? Median,
    double? MedianLower,
    double? MedianUpper,
    ImmutableArray<SurvivalRow> Curve,
    string? Reason,
    ImmutableArray<string> Notes);

/// <summary>The Kaplan–Meier estimate at one time.</summary>
/// <param name="Time">The month (since the case's start) at whose end partners left or were censored.</param>
/// <param name="AtRisk">Partners at risk just before.</param>
/// <param name="Events">Partners that left then.</param>
/// <param name="Censored">Partners censored then.</param>
/// <param name="Survival">S(t), the share still in.</param>
/// <param name="StdErr">Greenwood's standard error (absent once S is 0).</param>
/// <param name="Lower">The lower confidence limit.</param>
/// <param name="Upper">The upper confidence limit.</param>
public sealed record SurvivalRow(double Time, int AtRisk, int Events, int Censored, double Survival, double? StdErr, double? Lower, double? Upper)
{
    /// <summary>The answer for a row.</summary>
    /// <param name="r">The row.</param>
    public static SurvivalRow Of(KaplanMeierRow r) =>
        new(r.Time, r.AtRisk, r.Events, r.Censored, r.Survival, ApiJson.Finite(r.StdErr), ApiJson.Finite(r.Lower), ApiJson.Finite(r.Upper));
}
