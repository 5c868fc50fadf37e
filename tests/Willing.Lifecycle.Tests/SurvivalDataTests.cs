using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Tests;

public sealed class SurvivalDataTests
{
    [Fact]
    public void Validated_accepts_consistent_rows_and_rejects_a_stop_before_its_start()
    {
        var ok = new SurvivalData { Start = [0, 1], Stop = [1, 2], Status = [0, 1] };
        Assert.Same(ok, ok.Validated());
        Assert.Equal(1.0, ok.StartOf(1));

        var bad = ok with { Start = [0, 3] };
        Assert.Contains("row 1", Assert.Throws<ArgumentException>(() => bad.Validated()).Message);
    }

    [Fact]
    public void Validated_rejects_a_status_beyond_the_named_causes_and_columns_of_the_wrong_length()
    {
        var data = new SurvivalData { Stop = [1, 2], Status = [0, 2] };
        Assert.Throws<ArgumentException>(() => data.Validated());
        var two = data with { Causes = ["election", "casualties"] };
        Assert.Same(two, two.Validated());
        Assert.Throws<ArgumentException>(() => (data with { Groups = ["a"] }).Validated());
    }
}
