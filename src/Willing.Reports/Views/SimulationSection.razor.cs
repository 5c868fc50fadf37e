using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace Willing.Reports.Views;

/// <summary>Simulation: each model's mechanism calibrated on its observed curve, and the out-of-sample checks, each a <see cref="SimulationStudyView"/> (<c>simulation-ID</c>).</summary>
public partial class SimulationSection
{
    /// <summary>What the report is made from; its <see cref="ReportData.Simulations"/> are shown.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;

    /// <summary>The report's charts; their <see cref="ReportCharts.Simulations"/> fan charts are drawn.</summary>
    [Parameter, EditorRequired]
    public ReportCharts Charts { get; set; } = null!;

    /// <summary>Whether a report over this data has the section: it has a calibrated simulation (none when built without simulations).</summary>
    public static bool Shows(ReportData data) => !data.Simulations.IsEmpty;

    private static string Intro => string.Create(CultureInfo.InvariantCulture,
        $"Each of Cooper's models is also a mechanism. Model one: a leader recruits members one by one with payments, pressure and the pull of its power, and members leave under a hazard raised by elections, casualties, hostage crises and the exits of others and lowered by payments and a UN mandate (scenario iraq-2003, mechanism leader-recruitment). Model two: a norm cascade through a network, with thresholds, NGO reach, praise and shame, conferences as bursts and resisting great powers (scenario landmines-ottawa, mechanism norm-cascade). A few free parameters of each are fitted to the observed curve in the case base by Nelder–Mead on the root mean squared error of the mean of the replicates (common random numbers, seed {ReportData.SimulationSeed}); the values fitted on one campaign are then used, unchanged, to predict another. 'willing simulate calibrate' gives the same numbers; 'simulate run', 'batch' and 'sensitivity' explore the rest.");
}
