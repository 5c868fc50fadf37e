using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Lifecycle.Cases;
using Willing.Core.Reading;
using Willing.Qca.Analysis;
using Willing.Simulation.Analysis;
using Willing.Networks.Cases;
using Willing.Reports.Validation;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Reports;

/// <summary>
/// What a report is made from: the coalitions, their classifications under one codebook, the
/// property space, the trajectories of the cases that declare periods, the paper's placements
/// against Willing's, and each case's coordination network.
/// </summary>
/// <param name="Coalitions">The coalitions, in report order.</param>
/// <param name="Classifications">Each coalition's classification, in the same order.</param>
/// <param name="Space">The property space over the classifications.</param>
/// <param name="Codebook">The codebook that classified them.</param>
public sealed record ReportData(
    ImmutableArray<Coalition> Coalitions,
    ImmutableArray<CaseClassification> Classifications,
    PropertySpace Space,
    TypologyCodebook Codebook)
{
    /// <summary>Whether the paper's own readings were counted as evidence in <see cref="Classifications"/> and <see cref="Trajectories"/>.</summary>
    public bool WithReadings { get; init; }

    /// <summary>Every coalition that declares periods, each period classified (in case-base order); empty when none does.</summary>
    public ImmutableArray<CaseTrajectory> Trajectories { get; init; } = [];

    /// <summary>Each coalition's coordination network (members and prospects, <see cref="NetworkOptions.Default"/>) with its numbers, in report order; empty when the data was not built by <see cref="Build"/>.</summary>
    public ImmutableArray<NetworkSummary> Networks { get; init; } = [];

    /// <summary>The lifecycle analyses (timeline, cascades, retention, Cox model of exit) of every coalition with at least <see cref="MinimumExits"/> recorded exits, in report order.</summary>
    public ImmutableArray<CaseLifecycle> Lifecycles { get; init; } = [];

    /// <summary>The report's set-theoretic studies (QCA) over the case base: the coalitions, and Iraq 2003's partners.</summary>
    public ImmutableArray<QcaStudy> Qca { get; init; } = [];

    /// <summary>The calibrated simulations of <see cref="SimulationStudy.ReportScenarios"/> with their out-of-sample checks; empty when their cases are not in the case base, or when built without simulations.</summary>
    public ImmutableArray<SimulationStudy> Simulations { get; init; } = [];

    /// <summary>The master seed of the report's simulations.</summary>
    public const long SimulationSeed = 2005;

    /// <summary>The fewest recorded exits for a case to have a lifecycle part in the report.</summary>
    public const int MinimumExits = 3;

    /// <summary>The paper's placements against Willing's, over the coalitions with a reading (always measured both without and with the readings).</summary>
    public PaperValidation Validation { get; init; } = PaperValidation.Empty;

    /// <summary>Classifies the coalitions (and the periods of those that declare them) under the codebook, builds the property space, sets the paper's placements beside Willing's, builds each coordination network, the lifecycles and the QCA studies, and calibrates the simulations.</summary>
    /// <param name="coalitions">The coalitions, in report order.</param>
    /// <param name="codebook">The codebook to classify them under.</param>
    /// <param name="withReadings">Whether to count the paper's own readings as evidence.</param>
    /// <param name="withSimulations">Whether to calibrate the report's simulations (<see cref="Simulations"/>); false leaves them empty, for a caller that rebuilds the data after every edit and cannot wait for a calibration each time.</param>
    public static ReportData Build(IEnumerable<Coalition> coalitions, TypologyCodebook codebook, bool withReadings = false, bool withSimulations = true)
    {
        var list = coalitions.ToImmutableArray();
        var engine = new TypologyEngine(codebook, withReadings);

        // The parts are pure and independent of one another, so they run side by side; each is the same as
        // computed alone (decision 0010).
        ImmutableArray<CaseClassification> classifications = [];
        ImmutableArray<CaseTrajectory> trajectories = [];
        PaperValidation validation = PaperValidation.Empty;
        ImmutableArray<NetworkSummary> networks = [];
        ImmutableArray<CaseLifecycle> lifecycles = [];
        ImmutableArray<QcaStudy> qca = [];
        ImmutableArray<SimulationStudy> simulations = [];
        Parallel.Invoke(
            () =>
            {
                // The QCA studies take the classifications as they are, rather than classifying every case again.
                classifications = engine.ClassifyAll(list);
                qca = QcaStudy.For(list, classifications, codebook.Convention);
            },
            () => trajectories = [.. list.Where(c => !c.Periods.IsEmpty).Select(c => new CaseTrajectory(c.Id, c.Name, engine.ClassifyPeriods(c)))],
            () => validation = PaperValidation.Of(list, codebook),
            () => networks = [.. list.Select(c => NetworkSummary.Of(CoordinationNetwork.Of(c)))],
            () => lifecycles = [.. list.Where(c => c.Members.Count(m => m.Left is not null) >= MinimumExits).Select(c => CaseLifecycle.Of(c))],
            () =>
            {
                if (!withSimulations)
                    return;

                // Seeded: the same fits on any machine and any number of threads (the ensembles' seeds do not depend on them).
                var cases = CaseBase.Of(list);
                var studies = new SimulationStudy?[SimulationStudy.ReportScenarios.Length];
                Parallel.For(0, studies.Length, i => studies[i] = SimulationStudy.Run(cases, SimulationStudy.ReportScenarios[i], SimulationSeed, Environment.ProcessorCount,
                    Willing.Core.Reading.Yaml.YamlTreeCache.CacheDirectory));
                simulations = [.. studies.OfType<SimulationStudy>()];
            });
        return new ReportData(list, classifications, PropertySpace.Build(classifications, codebook), codebook)
        {
            WithReadings = withReadings,
            Trajectories = trajectories,
            Validation = validation,
            Networks = networks,
            Lifecycles = lifecycles,
            Qca = qca,
            Simulations = simulations,
        };
    }

    /// <summary>The antecedent links between the coalitions, as a graph: the data of the lineage chart and table.</summary>
    /// <remarks>Computed on each call from <see cref="Coalitions"/> and <see cref="Classifications"/>.</remarks>
    public LineageGraph Lineage => LineageGraph.Of(Coalitions, Classifications);

    /// <summary>The coalition with this id.</summary>
    /// <exception cref="KeyNotFoundException">No coalition in the report has it.</exception>
    public Coalition Coalition(CoalitionId id) =>
        Coalitions.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"no coalition '{id}' in the report");

    /// <summary>The classification of the coalition with this id, if it is in the report.</summary>
    public CaseClassification? Classification(string id) => Classifications.FirstOrDefault(c => c.Case.Value == id);
}
