using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;
using Willing.Typology.Sets;

namespace Willing.Typology.Analysis;

/// <summary>
/// How much a placement depends on the codebook's choices: perturbs every anchor at random within a
/// band (and, if asked, swaps axis rules for their compensatory index), re-scores every case, and
/// counts how often each keeps its model and cell (cf. SetMethods' <c>rob.calibrange</c>).
/// </summary>
/// <remarks>
/// Deterministic: draw <c>i</c> uses its own random source seeded from (seed, i), so the result is
/// the same for a given seed on any number of threads. The raw indicator values are computed once.
/// </remarks>
public static class RobustnessCheck
{
    /// <summary>Runs the check over coalitions, reporting each finished draw to <paramref name="progress"/> (from any thread) when given.</summary>
    public static RobustnessReport Run(IReadOnlyList<Coalition> coalitions, TypologyCodebook codebook, RobustnessOptions options, IProgress<int>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Draws, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.AnchorBand);
        var engine = new TypologyEngine(codebook, options.WithReadings);
        var raw = coalitions.Select(engine.Measure).ToArray();
        var baseline = coalitions.Select((c, i) => TypologyEngine.Score(c.Id, c.Name, raw[i], codebook)).ToArray();
        var cells = new string?[options.Draws, coalitions.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads ?? Environment.ProcessorCount };
        Parallel.For(0, options.Draws, parallel, draw =>
        {
            var random = new Random(DrawSeed(options.Seed, draw));
            var perturbed = Perturb(codebook, options, random);
            for (int k = 0; k < coalitions.Count; k++)
                cells[draw, k] = TypologyEngine.CellOf(raw[k], perturbed)?.Code;
            progress?.Report(1);
        });

        var cases = coalitions.Select((c, k) =>
        {
            var counts = Enumerable.Range(0, options.Draws).Select(d => cells[d, k] ?? "undetermined")
                .GroupBy(x => x).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            string? cell = baseline[k].Cell?.Code;
            int keepsCell = cell is null ? 0 : counts.GetValueOrDefault(cell);
            int keepsModel = counts.Where(kv => ModelOf(kv.Key) == baseline[k].Model).Sum(kv => kv.Value);
            return new CaseRobustness(c.Id, c.Name, baseline[k].Model, cell, (double)keepsModel / options.Draws, (double)keepsCell / options.Draws, counts);
        });
        return new RobustnessReport(options, [.. cases]);
    }

    /// <summary>A codebook with every anchor moved at random within the band (and rules possibly swapped for indexes).</summary>
    public static TypologyCodebook Perturb(TypologyCodebook codebook, RobustnessOptions options, Random random)
    {
        // Only the sets of the cell are drawn: the cross-cutting D does not decide a cell, and leaving it
        // out keeps the draws of a codebook without D the same.
        var indicators = codebook.Indicators.Select(i => AxisInfo.Cell.Contains(i.Axis) ? i with { Calibration = PerturbCalibration(i.Calibration, options.AnchorBand, random) } : i);
        var rules = codebook.Rules.ToImmutableDictionary(kv => kv.Key, kv => AxisInfo.Cell.Contains(kv.Key) && random.NextDouble() < options.RuleSwapProbability ? kv.Value.AsIndex() : kv.Value);
        return codebook with { Indicators = [.. indicators], Rules = rules };
    }

    private static CalibrationSpec PerturbCalibration(CalibrationSpec spec, double band, Random random)
    {
        switch (spec)
        {
            case DirectCalibrationSpec direct:
                var a = direct.Anchors;
                double span = Math.Abs(a.FullMembership - a.FullNonMembership);
                // Each anchor moves by up to ±band of the anchor span; draws that break the order are redrawn.
                for (int attempt = 0; attempt < 100; attempt++)
                {
                    double Move(double x) => x + ((random.NextDouble() * 2) - 1) * band * span;
                    var moved = Anchors.TryCreate(Move(a.FullMembership), Move(a.Crossover), Move(a.FullNonMembership), out _);
                    if (moved is { } m && m.Increasing == a.Increasing)
                        return new DirectCalibrationSpec(m);
                }

                return spec;
            case AssignmentSpec assignment:
                return new AssignmentSpec(assignment.Values.ToImmutableSortedDictionary(
                    kv => kv.Key, kv => Math.Clamp(kv.Value + (((random.NextDouble() * 2) - 1) * band), 0, 1), StringComparer.Ordinal));
            default:
                return spec;
        }
    }

    private static ModelKind ModelOf(string code) =>
        PropertyCell.TryParse(code, out var cell) ? cell.Model : ModelKind.Undetermined;

    /// <summary>SplitMix64 of (seed, draw): independent, reproducible streams per draw.</summary>
    private static int DrawSeed(int seed, int draw)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32) + (uint)draw + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }
}

/// <summary>Settings of a robustness check.</summary>
/// <param name="Draws">How many perturbed codebooks to draw.</param>
/// <param name="AnchorBand">How far each anchor may move, as a share of the anchor span (direct calibration) or of the unit interval (assignments).</param>
/// <param name="RuleSwapProbability">The chance, per axis and draw, of swapping the axis rule for the unweighted index of its indicators.</param>
/// <param name="Seed">The random seed.</param>
/// <param name="Threads">Worker threads; null for one per core. The result does not depend on it.</param>
public sealed record RobustnessOptions(int Draws = 1000, double AnchorBand = 0.1, double RuleSwapProbability = 0.0, int Seed = 2005, int? Threads = null)
{
    /// <summary>Whether the paper's readings count as evidence (see <c>TypologyEngine.WithReadings</c>).</summary>
    public bool WithReadings { get; init; }
}

/// <summary>The outcome of a robustness check.</summary>
/// <param name="Options">The settings.</param>
/// <param name="Cases">Each case's stability.</param>
public sealed record RobustnessReport(RobustnessOptions Options, ImmutableArray<CaseRobustness> Cases);

/// <summary>How stable one case's placement is.</summary>
/// <param name="Case">The case id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Model">Its model under the codebook as written.</param>
/// <param name="Cell">Its cell under the codebook as written.</param>
/// <param name="KeepsModel">The share of draws in which it keeps its model.</param>
/// <param name="KeepsCell">The share of draws in which it keeps its cell.</param>
/// <param name="CellCounts">How many draws put it in each cell ("undetermined" for none).</param>
public sealed record CaseRobustness(CoalitionId Case, string Name, ModelKind Model, string? Cell, double KeepsModel, double KeepsCell, ImmutableSortedDictionary<string, int> CellCounts);
