using System.Collections.Immutable;

namespace Willing.Simulation.Mechanisms.Alignment;

/// <summary>
/// The inputs of Axelrod and Bennett's (1993) landscape theory of aggregation: actors with sizes <c>s_i</c> and a
/// symmetric propensity <c>p_ij</c> for each pair (positive: they would rather be on the same side; negative: apart),
/// and the frustration and energy of a configuration of two sides.
/// </summary>
/// <remarks>
/// <para>
/// A configuration gives each actor a side, 0 (side a) or 1 (side b); <c>d_ij</c> is 1 when <c>i</c> and <c>j</c> are
/// on different sides, 0 otherwise. Actor <c>i</c>'s frustration is <c>F_i = Σ_{j≠i} s_j p_ij d_ij</c>, and the
/// energy of the configuration is <c>E = Σ_{i&lt;j} s_i s_j p_ij d_ij</c>: each pair counted once, so that
/// <c>E = ½ Σ_i s_i F_i</c> (Axelrod and Bennett write the sum over all ordered pairs, twice this; the factor changes
/// no comparison). When <c>i</c> switches, its frustration changes by <c>ΔF_i = Σ_{j≠i} s_j p_ij (1 − 2 d_ij)</c> and
/// the energy by <c>s_i ΔF_i</c>; since sizes are positive, a switch that lowers the switcher's frustration lowers
/// the energy, which is why the dynamics ends at a local minimum.
/// </para>
/// <para>
/// Propensities are kept as an n × n row-major matrix with a zero diagonal. Exchanging the two sides leaves every
/// frustration and the energy unchanged.
/// </para>
/// </remarks>
public sealed class AlignmentLandscape
{
    private readonly double[] _p;
    private readonly double[] _sizes;

    /// <summary>A landscape of actors <paramref name="ids"/>.</summary>
    /// <param name="ids">The actors' ids, distinct.</param>
    /// <param name="sizes">Each actor's size, positive and finite (Axelrod and Bennett use national power).</param>
    /// <param name="propensities">The n × n propensities, row-major: symmetric, finite, zero on the diagonal.</param>
    /// <param name="initialSides">Optional given sides at step 0 (0 or 1 per actor, or -1 for "draw it").</param>
    /// <exception cref="ArgumentException">The inputs do not fit these rules.</exception>
    public AlignmentLandscape(IEnumerable<string> ids, IEnumerable<double> sizes, IEnumerable<double> propensities, IEnumerable<int>? initialSides = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(propensities);
        Ids = [.. ids];
        _sizes = [.. sizes];
        _p = [.. propensities];
        int n = Ids.Length;
        if (Ids.Distinct(StringComparer.Ordinal).Count() != n)
            throw new ArgumentException("two actors share an id", nameof(ids));
        if (Ids.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("an actor's id is empty", nameof(ids));
        if (_sizes.Length != n)
            throw new ArgumentException($"{_sizes.Length} sizes for {n} actors", nameof(sizes));
        if (_sizes.Any(s => !double.IsFinite(s) || s <= 0))
            throw new ArgumentException("every size is positive and finite", nameof(sizes));
        if (_p.Length != n * n)
            throw new ArgumentException($"{_p.Length} propensities for {n} actors (n × n = {n * n})", nameof(propensities));
        for (int i = 0; i < n; i++)
        {
            if (_p[(i * n) + i] != 0)
                throw new ArgumentException($"the propensity of {Ids[i]} to itself is not 0", nameof(propensities));
            for (int j = i + 1; j < n; j++)
            {
                double a = _p[(i * n) + j], b = _p[(j * n) + i];
                if (!double.IsFinite(a) || !double.IsFinite(b))
                    throw new ArgumentException($"the propensity of {Ids[i]} and {Ids[j]} is not finite", nameof(propensities));
                if (a != b)
                    throw new ArgumentException($"the propensities are not symmetric: {Ids[i]}–{Ids[j]} is {a} one way and {b} the other", nameof(propensities));
            }
        }

        InitialSides = initialSides is null ? null : [.. initialSides];
        if (InitialSides is { } given && (given.Length != n || given.Any(s => s is < -1 or > 1)))
            throw new ArgumentException("initial sides are one per actor, each 0, 1 or -1 (drawn)", nameof(initialSides));
    }

    /// <summary>The actors' ids, in index order.</summary>
    public ImmutableArray<string> Ids { get; }

    /// <summary>The number of actors.</summary>
    public int Count => Ids.Length;

    /// <summary>The given sides at step 0 (0, 1, or -1 for drawn), or null.</summary>
    public ImmutableArray<int>? InitialSides { get; }

    /// <summary>Actor <paramref name="i"/>'s size.</summary>
    public double Size(int i) => _sizes[i];

    /// <summary>The propensity of actors <paramref name="i"/> and <paramref name="j"/> (0 when <paramref name="i"/> = <paramref name="j"/>).</summary>
    public double Propensity(int i, int j) => _p[(i * Count) + j];

    /// <summary>The energy <c>E = Σ_{i&lt;j} s_i s_j p_ij d_ij</c> of a configuration.</summary>
    public double Energy(ReadOnlySpan<int> sides)
    {
        CheckSides(sides);
        int n = Count;
        double e = 0;
        for (int i = 0; i < n; i++)
        {
            double row = 0;
            for (int j = i + 1; j < n; j++)
            {
                if (sides[i] != sides[j])
                    row += _sizes[j] * _p[(i * n) + j];
            }

            e += _sizes[i] * row;
        }

        return e;
    }

    /// <summary>Actor <paramref name="i"/>'s frustration <c>F_i = Σ_{j≠i} s_j p_ij d_ij</c> in a configuration.</summary>
    public double Frustration(int i, ReadOnlySpan<int> sides)
    {
        CheckSides(sides);
        int n = Count;
        double f = 0;
        for (int j = 0; j < n; j++)
        {
            if (sides[i] != sides[j])
                f += _sizes[j] * _p[(i * n) + j];
        }

        return f;
    }

    /// <summary>How actor <paramref name="i"/>'s frustration would change if it switched side: <c>ΔF_i = Σ_{j≠i} s_j p_ij (1 − 2 d_ij)</c>.</summary>
    public double SwitchChange(int i, ReadOnlySpan<int> sides)
    {
        CheckSides(sides);
        return Change(i, sides);
    }

    /// <summary>
    /// The amount by which a switch must lower actor <paramref name="i"/>'s frustration to count as lowering it:
    /// <c>1e-9 · Σ_j s_j |p_ij|</c>, so that rounding never makes an actor switch back and forth.
    /// </summary>
    public double Tolerance(int i)
    {
        int n = Count;
        double t = 0;
        for (int j = 0; j < n; j++)
            t += _sizes[j] * Math.Abs(_p[(i * n) + j]);
        return 1e-9 * t;
    }

    /// <summary>Whether no actor would lower its frustration (by more than its <see cref="Tolerance"/>) by switching side.</summary>
    public bool IsLocalMinimum(ReadOnlySpan<int> sides)
    {
        CheckSides(sides);
        for (int i = 0; i < Count; i++)
        {
            if (Change(i, sides) < -Tolerance(i))
                return false;
        }

        return true;
    }

    internal double Change(int i, ReadOnlySpan<int> sides)
    {
        int n = Count;
        double change = 0;
        int own = sides[i];
        for (int j = 0; j < n; j++)
        {
            if (j == i)
                continue;
            double w = _sizes[j] * _p[(i * n) + j];
            change += sides[j] == own ? w : -w;
        }

        return change;
    }

    private void CheckSides(ReadOnlySpan<int> sides)
    {
        if (sides.Length != Count)
            throw new ArgumentException($"a configuration gives {Count} actors a side each, not {sides.Length}", nameof(sides));
        foreach (int s in sides)
        {
            if (s is not (0 or 1))
                throw new ArgumentException("a side is 0 (side a) or 1 (side b)", nameof(sides));
        }
    }
}
