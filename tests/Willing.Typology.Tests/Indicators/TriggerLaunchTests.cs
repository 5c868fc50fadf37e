using Willing.Typology.Indicators;

namespace Willing.Typology.Tests.Indicators;

/// <summary>T1, trigger to launch (codebook 2.2): one construct for every case.</summary>
public class TriggerLaunchTests
{
    private const string Trigger = "trigger: { kind: other, date: 2002-12, sources: [book] }";

    private static Willing.Core.Model.Coalition With(string trigger) =>
        CaseText.ReadValid(LifecycleCase.Text.Replace(Trigger, trigger, StringComparison.Ordinal));

    [Fact]
    public void Exact_dates_give_the_days_between_trigger_and_period_start()
    {
        // The synthetic case starts on 2003-03-20.
        var m = IndicatorLibrary.TriggerLaunchDays(With("trigger: { kind: other, date: 2003-03-01, sources: [book] }"));
        Assert.Equal(19, m.Value);
        Assert.Null(m.Interval);
    }

    [Fact]
    public void A_month_gives_the_middle_of_its_interval_and_the_ends_as_bounds()
    {
        // 2002-12-31 to 2003-03-20 is 79 days; 2002-12-01 to 2003-03-20 is 109.
        var m = IndicatorLibrary.TriggerLaunchDays(With(Trigger));
        Assert.Equal(94, m.Value);
        Assert.Equal((79.0, 109.0), m.Interval);
        Assert.Contains("between 79 and 109", m.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_coalition_set_in_motion_by_its_initiators_has_no_lag()
    {
        var m = IndicatorLibrary.TriggerLaunchDays(With("trigger: { kind: norm-entrepreneurship, date: 2003-03, sources: [book] }"));
        Assert.False(m.HasData);
        Assert.Contains("norm-entrepreneurship", m.Missing, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trigger_after_the_launch_counts_as_no_lag_and_an_undated_one_as_no_data()
    {
        Assert.Equal(0, IndicatorLibrary.TriggerLaunchDays(With("trigger: { kind: other, date: 2003-05-01, sources: [book] }")).Value);
        Assert.False(IndicatorLibrary.TriggerLaunchDays(With("trigger: { kind: other, sources: [book] }")).HasData);
    }

    [Fact]
    public void The_built_in_codebook_scores_T1_as_trigger_to_launch()
    {
        var t1 = Willing.Typology.Codebook.CodebookReader.BuiltIn().Indicators.Single(i => i.Id == "T1");
        Assert.Equal("trigger-launch-days", t1.Computation);
    }
}
