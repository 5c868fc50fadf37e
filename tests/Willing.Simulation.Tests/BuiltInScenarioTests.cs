using Willing.Core.Reading;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Tests;

public class BuiltInScenarioTests
{
    private static readonly CaseBase Cases = CaseBase.LoadBuiltIn().CaseBase!;

    public static TheoryData<string> Ids() => [.. BuiltInScenarios.Ids];

    [Fact]
    public void TheScenariosTheIssueAsksFor_AreBuiltIn()
    {
        // Iraq 2003, the landmines campaign, the ICC, a hybrid, a "future" scenario, and the alignment one.
        Assert.Subset(BuiltInScenarios.Ids.ToHashSet(), new HashSet<string> { "iraq-2003", "landmines-ottawa", "icc-rome", "interfet-1999", "mpia-2020", "alignment-iraq-2003" });
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryBuiltInScenario_LoadsWithoutAnError_AndRuns(string id)
    {
        var result = ScenarioLoader.LoadText(BuiltInScenarios.FileName(id), BuiltInScenarios.Text(id)!, Cases);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var sim = result.Simulation!;
        Assert.Equal(id, result.Scenario!.Id);
        var curve = sim.Curve(sim.Parameters.Defaults, 7, sim.Curves[0]);
        Assert.Equal(sim.StepLimit + 1, curve.Length);
        Assert.Equal(curve, sim.Curve(sim.Parameters.Defaults, 7, sim.Curves[0]));
        foreach (var check in result.Scenario.Checks)
            Assert.NotNull(BuiltInScenarios.Text(check.Scenario));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void TheFastCurve_EqualsTheReporterColumnOfAFullRun(string id)
    {
        var sim = ScenarioLoader.LoadText(BuiltInScenarios.FileName(id), BuiltInScenarios.Text(id)!, Cases).Simulation!;
        var run = sim.RunOne(sim.Parameters.Defaults, 11);
        var curve = sim.Curve(sim.Parameters.Defaults, 11, sim.Curves[0]);
        for (int r = 0; r < run.Model.RowCount; r++)
            Assert.Equal(run.Model.Value(r, sim.Curves[0]).AsDouble(), curve[r]);
    }
}
