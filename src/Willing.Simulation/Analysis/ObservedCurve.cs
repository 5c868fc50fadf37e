using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Analysis;

/// <summary>
/// An observed count over time, placed on a scenario's clock: what a calibration fits and an out-of-sample check
/// predicts. Built by <see cref="ObservedCurves.From"/> from a case's series or its timeline.
/// </summary>
/// <param name="Label">What the curve is, e.g. <c>landmines-ottawa: states-parties</c>.</param>
/// <param name="Case">The case whose data it is.</param>
/// <param name="Sources">The ids of the sources behind its points, distinct, in order of first citation.</param>
/// <param name="Points">The observed points in step order, one per step at most.</param>
/// <param name="Notes">What the rule had to do: points dropped before step 0 or after the horizon, points merged into one month.</param>
public sealed record ObservedCurve(string Label, CoalitionId Case, ImmutableArray<string> Sources, ImmutableArray<ObservedPoint> Points, ImmutableArray<string> Notes);

/// <summary>One observed value.</summary>
/// <param name="Step">The scenario step (months since the scenario's start).</param>
/// <param name="Month">The calendar month.</param>
/// <param name="Value">The count observed.</param>
public readonly record struct ObservedPoint(int Step, ScenarioMonth Month, double Value);
