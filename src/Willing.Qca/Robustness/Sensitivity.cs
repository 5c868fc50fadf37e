using System.Collections.Immutable;
using System.Globalization;
using Willing.Core.Reading;
using Willing.Qca.Calibration;

namespace Willing.Qca.Robustness;

/// <summary>
/// Robustness of a QCA result to calibration and to the inclusion cut-off, in the spirit of SetMethods
/// (Oana and Schneider 2018; Oana, Schneider and Thomann 2021): the analysis is run again with one anchor moved, or
/// at another cut-off, and its result compared with the baseline's by a key (e.g. the solution's expression).
/// </summary>
/// <remarks>
/// <para>The analysis is any function from (calibration specs, inclusion cut-off) to a key: it calibrates the raw data,
/// builds the truth table, minimises and returns, say, the solution's expression. Runs are sequential and
/// deterministic; each variation moves one thing only, all else at the baseline.</para>
/// <para>Stepping an anchor follows <c>rob.calibrange</c>: the anchor moves by a step each way until the result changes,
/// the anchors would fall out of order, or the step limit is reached. A variation whose analysis throws counts as a
/// change, with the exception's message; the baseline's analysis must succeed.</para>
/// </remarks>
public static class Sensitivity
{
    private const int MaxVariations = 10_000;

    // How a variation whose anchors cannot be ordered is told apart from one whose analysis failed.
    private const string OutOfOrder = "the anchors would be out of order: ";

    /// <summary>Moves one anchor up and down by <paramref name="step"/>, at most <paramref name="maxSteps"/> times each way, until the result changes.</summary>
    /// <exception cref="QcaException">No spec calibrates <paramref name="column"/>, it has no such threshold, or the step is not a positive number.</exception>
    public static AnchorSensitivity StepAnchor(IReadOnlyList<CalibrationSpec> specs, double inclCut, Func<IReadOnlyList<CalibrationSpec>, double, string> analysis, string column, string threshold, double step, int maxSteps = 10)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return StepAnchor(specs, inclCut, analysis, analysis(specs, inclCut), column, threshold, step, maxSteps);
    }

    /// <summary>Tries one anchor at each of <paramref name="values"/>; the range is the run of values around the baseline with its result.</summary>
    /// <exception cref="QcaException">No spec calibrates <paramref name="column"/>, or it has no such threshold.</exception>
    public static AnchorSensitivity GridAnchor(IReadOnlyList<CalibrationSpec> specs, double inclCut, Func<IReadOnlyList<CalibrationSpec>, double, string> analysis, string column, string threshold, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return GridAnchor(specs, inclCut, analysis, analysis(specs, inclCut), column, threshold, values);
    }

    /// <summary>Tries each inclusion cut-off of <paramref name="range"/>, the calibration at the baseline.</summary>
    /// <exception cref="QcaException">The range is not within [0, 1] with a positive step.</exception>
    public static InclCutSensitivity InclCuts(IReadOnlyList<CalibrationSpec> specs, double inclCut, Func<IReadOnlyList<CalibrationSpec>, double, string> analysis, InclCutRange range)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return InclCuts(specs, inclCut, analysis, analysis(specs, inclCut), range);
    }

    /// <summary>Runs a whole plan: every anchor of every column given a step, every grid, and the cut-off range; the baseline is run once.</summary>
    /// <exception cref="QcaException">The plan names a column no spec calibrates, a threshold a spec does not have, or a bad step or range.</exception>
    public static RobustnessReport Run(IReadOnlyList<CalibrationSpec> specs, double inclCut, Func<IReadOnlyList<CalibrationSpec>, double, string> analysis, RobustnessPlan plan)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(plan);
        var errors = new List<QcaError>();
        foreach (var column in plan.Steps?.Keys ?? [])
        {
            if (!specs.Any(s => s.Column == column))
                errors.Add(NoSpec(specs, column));
        }

        if (errors.Count > 0)
            throw new QcaException(errors);
        string baseline = analysis(specs, inclCut);
        var anchors = ImmutableArray.CreateBuilder<AnchorSensitivity>();
        foreach (var spec in specs)
        {
            if (plan.Steps is null || !plan.Steps.TryGetValue(spec.Column, out double step))
                continue;
            foreach (var name in spec.ThresholdNames)
                anchors.Add(StepAnchor(specs, inclCut, analysis, baseline, spec.Column, name, step, plan.MaxSteps));
        }

        foreach (var grid in plan.Grids ?? [])
            anchors.Add(GridAnchor(specs, inclCut, analysis, baseline, grid.Column, grid.Threshold, grid.Values));
        var cuts = plan.InclCuts is null ? null : InclCuts(specs, inclCut, analysis, baseline, plan.InclCuts);
        return new RobustnessReport(baseline, anchors.ToImmutable(), cuts);
    }

    private static AnchorSensitivity StepAnchor(IReadOnlyList<CalibrationSpec> specs, double inclCut, Func<IReadOnlyList<CalibrationSpec>, double, string> analysis, string baselineKey, string column, string threshold, double step, int maxSteps)
    {
        var (index, spec, at) = Find(specs, column, threshold);
        if (!(step > 0) || double.IsInfinity(step))
            throw new QcaException(new QcaError($"the step for '{Echo.Quote(column)}' must be a positive number, not {step.ToString("R", CultureInfo.InvariantCulture)}", column));
        if (maxSteps is < 1 or > MaxVariations)
            throw new QcaException(new QcaError($"the step limit must be between 1 and {MaxVariations.ToString(CultureInfo.InvariantCulture)}", column));
        double baseline = spec.Thresholds[at];
        var variations = ImmutableArray.CreateBuilder<Variation>();
        double lowest = baseline, highest = baseline;
        var lowerEnd = RangeEnd.SearchEnd;
        var upperEnd = RangeEnd.SearchEnd;
        foreach (int direction in (ReadOnlySpan<int>)[-1, 1])
        {
            var end = RangeEnd.SearchEnd;
            for (int s = 1; s <= maxSteps; s++)
            {
                // Each value from the baseline, not by repeated addition, so no rounding drifts in.
                double value = baseline + (direction * s * step);
                var variation = Try(specs, index, spec, threshold, value, inclCut, analysis, baselineKey);
                variations.Add(variation);
                if (!variation.Same)
                {
                    end = variation.Key is null && variation.Error is { } e && e.StartsWith(OutOfOrder, StringComparison.Ordinal) ? RangeEnd.AnchorsOutOfOrder : RangeEnd.Changed;
                    break;
                }

                if (direction < 0)
                    lowest = value;
                else
                    highest = value;
            }

            if (direction < 0)
                lowerEnd = end;
            else
                upperEnd = end;
        }

        return new AnchorSensitivity(column, threshold, baseline, lowest, highest, lowerEnd, upperEnd, variations.ToImmutable());
    }

    private static AnchorSensitivity GridAnchor(IReadOnlyList<CalibrationSpec> specs, double inclCut, Func<IReadOnlyList<CalibrationSpec>, double, string> analysis, string baselineKey, string column, string threshold, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var (index, spec, at) = Find(specs, column, threshold);
        var sorted = values.Where(double.IsFinite).Distinct().Order().ToList();
        if (sorted.Count > MaxVariations)
            throw new QcaException(new QcaError($"a grid of more than {MaxVariations.ToString(CultureInfo.InvariantCulture)} values", column));
        double baseline = spec.Thresholds[at];
        var tried = sorted.Select(v => Try(specs, index, spec, threshold, v, inclCut, analysis, baselineKey)).ToImmutableArray();
        var (lowest, lowerEnd, highest, upperEnd) = Contiguous(baseline, tried);
        return new AnchorSensitivity(column, threshold, baseline, lowest, highest, lowerEnd, upperEnd, tried);
    }

    private static InclCutSensitivity InclCuts(IReadOnlyList<CalibrationSpec> specs, double inclCut, Func<IReadOnlyList<CalibrationSpec>, double, string> analysis, string baselineKey, InclCutRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (!(range.From >= 0 && range.From <= range.To && range.To <= 1 && range.Step > 0))
            throw new QcaException(new QcaError("the inclusion cut-offs to try must lie in [0, 1], from ≤ to, with a step above 0"));
        double count = Math.Floor(((range.To - range.From) / range.Step) + 1e-9) + 1;
        if (count > MaxVariations)
            throw new QcaException(new QcaError($"more than {MaxVariations.ToString(CultureInfo.InvariantCulture)} cut-offs to try: take a larger step"));
        var tried = ImmutableArray.CreateBuilder<Variation>((int)count);
        for (int i = 0; i < (int)count; i++)
        {
            // Rounded so that 0.7 is 0.7 and not 0.7000000000000001 in the report.
            double cut = Math.Min(Math.Round(range.From + (i * range.Step), 10), 1);
            tried.Add(Evaluate(specs, cut, cut, analysis, baselineKey));
        }

        var variations = tried.MoveToImmutable();
        var (lowest, lowerEnd, highest, upperEnd) = Contiguous(inclCut, variations);
        return new InclCutSensitivity(inclCut, lowest, highest, lowerEnd, upperEnd, variations);
    }

    private static Variation Try(IReadOnlyList<CalibrationSpec> specs, int index, CalibrationSpec spec, string threshold, double value, double inclCut, Func<IReadOnlyList<CalibrationSpec>, double, string> analysis, string baselineKey)
    {
        CalibrationSpec moved;
        try
        {
            moved = spec.WithThreshold(threshold, value);
        }
        catch (QcaException ex)
        {
            return new Variation(value, null, false, OutOfOrder + ex.Errors[0].Message);
        }

        var varied = specs.ToArray();
        varied[index] = moved;
        return Evaluate(varied, inclCut, value, analysis, baselineKey);
    }

    private static Variation Evaluate(IReadOnlyList<CalibrationSpec> specs, double inclCut, double value, Func<IReadOnlyList<CalibrationSpec>, double, string> analysis, string baselineKey)
    {
        try
        {
            string key = analysis(specs, inclCut);
            return new Variation(value, key, string.Equals(key, baselineKey, StringComparison.Ordinal), null);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // A variation the analysis cannot run (say, no row passes the cut-off) is a change of result, not a crash.
            return new Variation(value, null, false, ex.Message);
        }
    }

    // The run of tried values (ascending) around the baseline that keep the result: it extends from the baseline to
    // the nearest change on each side.
    private static (double Lowest, RangeEnd LowerEnd, double Highest, RangeEnd UpperEnd) Contiguous(double baseline, ImmutableArray<Variation> ascending)
    {
        double lowest = baseline, highest = baseline;
        RangeEnd lowerEnd = RangeEnd.SearchEnd, upperEnd = RangeEnd.SearchEnd;
        foreach (var v in ascending.Where(v => v.Value < baseline).Reverse())
        {
            if (!v.Same)
            {
                lowerEnd = End(v);
                break;
            }

            lowest = v.Value;
        }

        foreach (var v in ascending.Where(v => v.Value > baseline))
        {
            if (!v.Same)
            {
                upperEnd = End(v);
                break;
            }

            highest = v.Value;
        }

        return (lowest, lowerEnd, highest, upperEnd);
    }

    private static RangeEnd End(Variation v) =>
        v.Key is null && v.Error is { } e && e.StartsWith(OutOfOrder, StringComparison.Ordinal) ? RangeEnd.AnchorsOutOfOrder : RangeEnd.Changed;

    private static (int Index, CalibrationSpec Spec, int At) Find(IReadOnlyList<CalibrationSpec> specs, string column, string threshold)
    {
        ArgumentNullException.ThrowIfNull(specs);
        for (int i = 0; i < specs.Count; i++)
        {
            if (specs[i].Column != column)
                continue;
            int at = specs[i].ThresholdNames.IndexOf(threshold);
            if (at < 0)
                throw new QcaException(new QcaError($"the calibration of '{Echo.Quote(column)}' has no threshold '{Echo.Quote(threshold)}'; it has {string.Join(", ", specs[i].ThresholdNames)}", column));
            return (i, specs[i], at);
        }

        throw new QcaException(NoSpec(specs, column));
    }

    private static QcaError NoSpec(IReadOnlyList<CalibrationSpec> specs, string column) =>
        new($"no calibration spec for '{Echo.Quote(column)}'; the calibrated columns are: {string.Join(", ", specs.Select(s => Echo.Quote(s.Column)))}", column);
}
