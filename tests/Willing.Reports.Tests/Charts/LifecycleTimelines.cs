using Willing.Core.Model;
using Willing.Lifecycle.Cases;

namespace Willing.Reports.Tests.Charts;

/// <summary>The timelines the lifecycle charts are tested on: a small synthetic coalition (as the lifecycle tests' own) and the built-in Iraq case.</summary>
internal static class LifecycleTimelines
{
    private static readonly Lazy<Timeline> SyntheticTimeline = new(() => Timeline.Of(CaseText.ReadValid(LifecycleCase.Text)));

    private static readonly Lazy<Timeline> IraqTimeline = new(() => Timeline.Of(Fixtures.BuiltInCases().Single(c => c.Id == new CoalitionId("iraq-2003"))));

    /// <summary>The synthetic coalition's timeline: month 0 is 2003-03, the last month 2005-02 (23).</summary>
    public static Timeline Synthetic => SyntheticTimeline.Value;

    /// <summary>The timeline of the built-in Iraq 2003 case.</summary>
    public static Timeline Iraq => IraqTimeline.Value;
}
