using System.Globalization;
using Microsoft.AspNetCore.Components;
using Willing.Lifecycle.Cases;
using Willing.Lifecycle.Survival;
using Willing.Reports.Charts;

namespace Willing.Reports.Views;

/// <summary>
/// One case's lifecycle (id <c>lifecycle-ID</c>): its partners' timeline, cumulative exits and
/// retention curve, its exit cascades against independent exits, the Cox model of exit with its
/// proportional-hazards test, and the published findings it speaks to.
/// </summary>
public partial class CaseLifecycleView
{
    /// <summary>The case's lifecycle analyses; it must have a Cox model (<see cref="CaseLifecycle.Cox"/>).</summary>
    [Parameter, EditorRequired]
    public CaseLifecycle Lifecycle { get; set; } = null!;

    /// <summary>The coalition's name, for the heading.</summary>
    [Parameter, EditorRequired]
    public string Name { get; set; } = null!;

    /// <summary>The timeline of the partners; null to draw none of the three charts.</summary>
    [Parameter]
    public TimelineChart? Timeline { get; set; }

    /// <summary>The cumulative exits, drawn with the timeline.</summary>
    [Parameter]
    public CumulativeExitsChart? Exits { get; set; }

    /// <summary>The retention curve, drawn with the timeline.</summary>
    [Parameter]
    public RetentionChart? Retention { get; set; }

    private string Id => Lifecycle.Case.Value;

    private CascadeAnalysis C => Lifecycle.Cascades;

    private CoxFit Cox => Lifecycle.Cox ?? throw new InvalidOperationException($"{Id} has no Cox model to show");

    private string CascadeText => string.Create(CultureInfo.InvariantCulture,
        $"An exit joins a cascade when it comes within {C.Options.WindowDays} days of the previous one (dated by its announcement when recorded), as far as the recorded dates make certain. Of {C.Exits.Length} unilateral exits, {C.Linked} came within the window of an earlier one (independent exits would give {C.ExpectedLinked:0.0}, p = {C.PLinked:0.000}); the largest cascade has {C.Largest} (independent: {C.ExpectedLargest:0.0}, p = {C.PLargest:0.000}; {C.Options.Draws} Monte Carlo draws, each exit redrawn over its member's own span, seed {C.Options.Seed}).");

    private string CoxText => string.Create(CultureInfo.InvariantCulture,
        $"Efron ties, one row per partner and month (start, stop], {Cox.Rows} rows of {Cox.Subjects ?? Cox.Rows} partners, {Cox.Events} unilateral exits; robust standard errors clustered by member. Likelihood-ratio test {Cox.LikelihoodRatio.Statistic:0.00} on {Cox.LikelihoodRatio.DegreesOfFreedom} df (p = {Cox.LikelihoodRatio.P:0.000}); concordance {Cox.Concordance.Value:0.00}.");

    private string CaveatText => string.Create(CultureInfo.InvariantCulture,
        $"n = {Cox.Subjects ?? Cox.Rows} partners and {Cox.Events} exits: an effect has to be large to show at all, and an interval that includes 1 is absence of evidence, not evidence of absence. The covariates come only from the case's dated facts (elections, changes of government, casualty events, hostage crises); casualties recorded only as totals are not placed in time ({Lifecycle.History.Notes.Count(n => n.Contains("dated casualty events", StringComparison.Ordinal))} members have undated deaths). The coding was not adjusted to reach a published result.");
}
