using System.Collections.Immutable;

namespace Willing.Qca.Robustness;

/// <summary>What a robustness run varies.</summary>
/// <param name="Steps">For each calibrated column to vary, the step (in the raw column's unit) by which each of its anchors moves up and down, one at a time.</param>
/// <param name="MaxSteps">The most steps taken each way from an anchor's baseline.</param>
/// <param name="Grids">Anchors tried at given values instead of by steps.</param>
/// <param name="InclCuts">The inclusion cut-offs to try, or null.</param>
public sealed record RobustnessPlan(
    IReadOnlyDictionary<string, double>? Steps = null,
    int MaxSteps = 10,
    IReadOnlyList<AnchorGrid>? Grids = null,
    InclCutRange? InclCuts = null);

/// <summary>One anchor tried at each of a list of values.</summary>
/// <param name="Column">The calibrated column.</param>
/// <param name="Threshold">The anchor: <c>e</c>, <c>c</c>, <c>i</c> or <c>threshold</c>.</param>
/// <param name="Values">The values to try.</param>
public sealed record AnchorGrid(string Column, string Threshold, ImmutableArray<double> Values);

/// <summary>The inclusion cut-offs from <paramref name="From"/> to <paramref name="To"/> (both included) by <paramref name="Step"/>.</summary>
/// <param name="From">The lowest cut-off, in [0, 1].</param>
/// <param name="To">The highest cut-off, in [0, 1].</param>
/// <param name="Step">The step, above 0.</param>
public sealed record InclCutRange(double From, double To, double Step);
