using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Cases;

/// <summary>A published finding on exit from the Iraq coalition that a case's Cox model speaks to.</summary>
/// <param name="Study">Who found it, e.g. <c>Tago 2009</c>.</param>
/// <param name="Claim">The finding in words.</param>
/// <param name="Covariate">The covariate of the case's rows that measures the condition.</param>
/// <param name="Expected">The direction found: +1 a higher hazard of exit, 0 no effect.</param>
/// <param name="Source">Where it was published.</param>
public sealed record PublishedFinding(string Study, string Claim, string Covariate, int Expected, string Source);

/// <summary>How the case base's estimate stands to a published finding.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="HazardRatio">The case base's hazard ratio for the covariate.</param>
/// <param name="Low">Its lower confidence limit.</param>
/// <param name="High">Its upper confidence limit.</param>
/// <param name="P">Its p-value (robust when the rows are clustered).</param>
/// <param name="Verdict"><c>reproduced</c> (an effect found and its interval excludes 1 in the same direction, or no effect found and the interval includes 1), <c>same direction, not significant</c>, <c>not reproduced</c> (the interval includes 1 where an effect was found, in the other direction, or excludes 1 where none was), or <c>opposite</c> (the interval excludes 1 on the other side).</param>
public sealed record FindingCheck(PublishedFinding Finding, double HazardRatio, double Low, double High, double P, string Verdict);

/// <summary>
/// Everything the lifecycle analyses say about one case: its timeline, exit cascades, the partners' retention
/// curve, a Cox model of exit hazard on the default covariates with its proportional-hazards test, and how the
/// model stands to the published findings on exit from Iraq. What the CLI's commands compute one at a time; the
/// report and the workbench show it together.
/// </summary>
/// <param name="Case">The case.</param>
/// <param name="Timeline">Its timeline.</param>
/// <param name="History">Its event-history rows under the default options.</param>
/// <param name="Cascades">Its exit cascades and their test.</param>
/// <param name="Retention">The partners' Kaplan–Meier retention in calendar months (delayed entry), or null without subjects.</param>
/// <param name="Cox">The Cox model of exit on <see cref="Covariates"/>, or null when it could not be fitted (<see cref="CoxProblem"/> says why).</param>
/// <param name="CoxProblem">Why there is no model.</param>
/// <param name="Zph">The proportional-hazards test of the model.</param>
/// <param name="Findings">The model against the published findings, for the covariates it has.</param>
public sealed record CaseLifecycle(
    CoalitionId Case,
    Timeline Timeline,
    EventHistory History,
    CascadeAnalysis Cascades,
    KaplanMeierResult? Retention,
    CoxFit? Cox,
    string? CoxProblem,
    CoxZphResult? Zph,
    ImmutableArray<FindingCheck> Findings)
{
    /// <summary>The covariates of the default model: Tago's (2009) election and government change, Mello's (2020) recent casualties.</summary>
    public static readonly ImmutableArray<string> Covariates = ["election_past3", "gov_change_past3", "casualties_past3"];

    /// <summary>The fewest unilateral exits a Cox model is fitted on (about ten events per variable is the usual floor; fewer than five per model gives no estimate worth printing).</summary>
    public const int MinimumEvents = 5;

    /// <summary>The published findings the default model speaks to.</summary>
    public static readonly ImmutableArray<PublishedFinding> Published =
    [
        new("Tago 2009", "a national election accelerates withdrawal", "election_past3", +1, "Journal of Peace Research 46(2): 219–234; 37 partners, 16 unilateral withdrawals, state-month Cox model"),
        new("Tago 2009", "a change of leader alone does not", "gov_change_past3", 0, "Journal of Peace Research 46(2): 219–234"),
        new("Mello 2020", "casualties matter: losses push towards early withdrawal", "casualties_past3", +1, "European Journal of International Security 5: 45–76; fsQCA of 51 leaders in 29 democracies"),
    ];

    /// <summary>The analyses of a case under the default options, with the cascade options given.</summary>
    public static CaseLifecycle Of(Coalition coalition, CascadeOptions? cascades = null)
    {
        var timeline = Timeline.Of(coalition);
        var history = EventHistory.Of(coalition, timeline);
        var cascade = ExitCascades.Of(coalition, cascades);
        KaplanMeierResult? retention = history.Rows.IsEmpty ? null : KaplanMeier.Estimate(history.ToSurvivalDataPerMember());
        CoxFit? cox = null;
        CoxZphResult? zph = null;
        string? problem = null;
        int events = history.Rows.Count(r => r.Event);
        if (events < MinimumEvents)
        {
            problem = $"{events} unilateral exits among {history.Subjects.Length} subjects: too few for a model (at least {MinimumEvents})";
        }
        else
        {
            var (data, _) = history.ToSurvivalData(Covariates);
            try
            {
                cox = CoxModel.Fit(data);
                zph = CoxZph.Test(cox, data);
            }
            catch (CoxFitException e)
            {
                problem = e.Message;
            }
        }

        var findings = cox is null ? [] : Published
            .Select(f => (f, c: cox.Coefficients.FirstOrDefault(c => c.Name == f.Covariate)))
            .Where(x => x.c is not null)
            .Select(x => new FindingCheck(x.f, x.c!.HazardRatio, x.c.CiLow, x.c.CiHigh, x.c.P, Verdict(x.f.Expected, x.c.CiLow, x.c.CiHigh, x.c.HazardRatio)))
            .ToImmutableArray();
        return new CaseLifecycle(coalition.Id, timeline, history, cascade, retention, cox, problem, zph, findings);
    }

    /// <summary>The verdict of an estimate against an expected direction (+1, −1, or 0 for no effect).</summary>
    public static string Verdict(int expected, double low, double high, double hazardRatio)
    {
        bool above = low > 1, below = high < 1;
        if (expected == 0)
            return above || below ? "not reproduced" : "reproduced";
        bool same = expected > 0 ? above : below;
        bool opposite = expected > 0 ? below : above;
        if (same)
            return "reproduced";
        if (opposite)
            return "opposite";
        return (expected > 0 ? hazardRatio > 1 : hazardRatio < 1) ? "same direction, not significant" : "not reproduced";
    }
}
