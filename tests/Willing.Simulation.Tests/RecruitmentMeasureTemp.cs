using System.Diagnostics;
using System.Text;
using Willing.Core.Reading;
using Willing.Lifecycle.Cases;
using Willing.Simulation.Mechanisms.Recruitment;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Tests;

public class RecruitmentMeasureTemp
{
    [Fact]
    public void Measure()
    {
        var cases = CaseBase.LoadBuiltIn().CaseBase!;
        var sb = new StringBuilder();
        foreach (var id in new[] { "iraq-2003", "interfet-1999", "isaf-afghanistan" })
        {
            var c = cases.Find(id)!;
            var t = Timeline.Of(c);
            sb.AppendLine($"{id} start {c.Period.Start} relation {c.Institutions.Relation} last {t.LastMonth}");
            foreach (var m in t.Months)
                sb.AppendLine($"  {m.Label} members {m.Members} troopc {m.TroopContributors} troops {m.Troops}");
            var kinds = t.Members.Select(s => $"{s.Actor}:{s.StartMonth}-{s.EndMonth}:{s.Kind}:{(s.IsTroopContributor ? "T" : "-")}");
            sb.AppendLine("  " + string.Join(" ", kinds));
            sb.AppendLine("  state actors: " + c.Actors.Count(a => a.Kind == Core.Model.ActorKind.State) + " members " + c.Members.Count());
        }

        var sc = new Scenario("x.yaml", "iraq-2003", "Iraq", "leader-recruitment", null, new ScenarioCase(new("iraq-2003"), default, "case"),
            new ScenarioMonth(2003, 3), 82, [], null, [], [], null, [], [], default);
        var diag = new InputDiagnostics("x");
        var mech = new LeaderRecruitmentScenario();
        var setup = mech.BuildSetup(new ScenarioContext(sc, cases, LeaderRecruitment.DefaultParameters, diag))!;
        foreach (var a in setup.Actors)
            sb.AppendLine($"  {a.Id} init {a.InitialMember} avail {a.Available} troops {a.TroopContributor} piv {a.Pivotality:0.00} emb {a.Embeddedness:0.00} align {a.Alignment} offer {a.Offer} threat {a.Threat} paid {setup.PaidFromStep[setup.Actors.IndexOf(a)]} sched {setup.ScheduledExitStep[setup.Actors.IndexOf(a)]}");
        sb.AppendLine(string.Join("; ", setup.Notes));
        var sim = mech.Build(new ScenarioContext(sc, cases, LeaderRecruitment.DefaultParameters, diag))!;
        var p = sim.Parameters.Defaults;
        var mean = new double[83];
        var meanM = new double[83];
        for (int s = 0; s < 1000; s++)
        {
            var cv = sim.Curve(p, s, "troop_contributors");
            var cm = sim.Curve(p, s, "members");
            for (int i = 0; i < 83; i++) { mean[i] += cv[i] / 1000; meanM[i] += cm[i] / 1000; }
        }

        sb.AppendLine("mean troop_contributors by step: " + string.Join(" ", mean.Select(x => x.ToString("0.0"))));
        sb.AppendLine("mean members by step: " + string.Join(" ", meanM.Select(x => x.ToString("0.0"))));
        var sw = Stopwatch.StartNew();
        for (int s = 0; s < 10000; s++)
            sim.Curve(p, s, "troop_contributors");
        sw.Stop();
        sb.AppendLine($"10000 Curve runs: {sw.Elapsed.TotalMilliseconds:0} ms, {sw.Elapsed.TotalMilliseconds * 1000 / 10000:0.0} us per run");
        sw.Restart();
        for (int s = 0; s < 1000; s++)
            sim.RunOne(p, s);
        sw.Stop();
        sb.AppendLine($"1000 RunOne (model table): {sw.Elapsed.TotalMilliseconds:0} ms");
        long before = GC.GetAllocatedBytesForCurrentThread();
        var model = ((ScenarioSimulation<LeaderRecruitmentModel>)sim).Mechanism.CreateModel(new Modeling.RunContext(0, 0, 0, 5, p));
        long mid = GC.GetAllocatedBytesForCurrentThread();
        while (model.StepCount < 82) model.Step();
        long after = GC.GetAllocatedBytesForCurrentThread();
        sb.AppendLine($"allocated: setup {mid - before} bytes, 82 steps {after - mid} bytes");
        File.WriteAllText("/tmp/m1-measure.txt", sb.ToString());
    }
}
