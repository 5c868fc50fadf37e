using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Willing.Lifecycle.Survival;

/// <summary>
/// The Aalen–Johansen estimate of cumulative incidence under competing risks, one curve per group, with
/// infinitesimal-jackknife standard errors, as R's <c>survfit(Surv(time, factor(status)) ~ group, id = id)</c>
/// (the multi-state estimate whose states are the initial state <c>(s0)</c> and one absorbing state per cause).
/// </summary>
/// <remarks>
/// <para>At each distinct exit time t with n at risk and d_k events of cause k (d in all), the probability of
/// still being in the initial state is p₀(t) = p₀(t−)(1 − d/n), and the cumulative incidence of cause k grows by
/// p₀(t−)·d_k/n. Censorings tied with events are still at risk for them.</para>
/// <para>The standard errors are R's (survival 3.x): the infinitesimal jackknife, the square root of Σᵢ Uᵢ(t)²,
/// Uᵢ(t) the derivative of p(t) with respect to row i's weight. Rows at risk since the same event time share
/// one U, and rows that have left carry theirs forward by the same linear map, so the sum is kept as a small
/// matrix rather than per row: the cost is one sort and one pass, O(n log n + T·K²) for right-censored data
/// (T distinct times, K causes). With entry times (left truncation, a row at risk at t when start &lt; t ≤ stop)
/// every entry time between two event times starts one more such block of rows, and each event time updates
/// the blocks still at risk. Each row is its own subject (R's <c>id</c> one per row).</para>
/// </remarks>
public static class CumulativeIncidence
{
    /// <summary>The name R gives the initial state, the first of <see cref="CumulativeIncidenceResult.States"/>.</summary>
    public const string InitialState = "(s0)";

    /// <summary>Estimates, per group of <see cref="SurvivalData.Groups"/> (ordinal order; one curve named <c>all</c> without groups), the probability of each state over time: still event-free, or having had an event of each cause of <see cref="SurvivalData.Causes"/> first.</summary>
    /// <param name="data">The rows, status 0 censored and k an event of cause k; validated first.</param>
    /// <param name="options">The kind and level of the confidence intervals; R's defaults (log, 0.95) when null.</param>
    /// <exception cref="ArgumentException">The data are inconsistent (see <see cref="SurvivalData.Validated"/>), or a subject (cluster label) has more than one row.</exception>
    public static CumulativeIncidenceResult Estimate(SurvivalData data, CumulativeIncidenceOptions? options = null)
    {
        options ??= new CumulativeIncidenceOptions();
        double z = SurvivalMath.NormalQuantile(options.ConfidenceLevel);
        data.Validated();
        CheckOneRowPerSubject(data);
        int n = data.Count, causes = data.CauseCount;
        int[] codes = SurvivalMath.Encode(data.Groups.AsSpan(), n, "all", out string[] names);
        int[] offsets = SurvivalMath.Offsets(codes, names.Length);

        // Group by group: exit times sorted with the row's place in its group (status looked up through it),
        // and, with entry times, the entry times sorted with the same places.
        bool counting = data.HasStart;
        var stop = new double[n];
        var stopRow = new int[n];
        var status = new int[n];
        double[]? start = counting ? new double[n] : null;
        int[]? startRow = counting ? new int[n] : null;
        ReadOnlySpan<double> stopIn = data.Stop.AsSpan();
        ReadOnlySpan<int> statusIn = data.Status.AsSpan();
        ReadOnlySpan<double> startIn = counting ? data.Start.AsSpan() : default;
        var next = offsets[..^1];
        for (int i = 0; i < n; i++)
        {
            int g = codes[i], at = next[g]++;
            stop[at] = stopIn[i];
            stopRow[at] = at - offsets[g];
            status[at] = statusIn[i];
            if (counting)
            {
                start![at] = startIn[i];
                startRow![at] = at - offsets[g];
            }
        }

        var curves = new CumulativeIncidenceCurve[names.Length];
        for (int g = 0; g < names.Length; g++)
        {
            int a = offsets[g], len = offsets[g + 1] - a;
            var groupStatus = status.AsSpan(a, len).ToArray();
            Array.Sort(stop, stopRow, a, len);
            if (counting)
                Array.Sort(start!, startRow!, a, len);
            var sweep = new Sweep(causes, len, counting, options.ConfidenceType, z);
            curves[g] = sweep.Run(names[g], stop.AsSpan(a, len), stopRow.AsSpan(a, len), groupStatus,
                counting ? start.AsSpan(a, len) : default, counting ? startRow.AsSpan(a, len) : default);
        }

        ImmutableArray<string> states = [InitialState, .. data.Causes];
        return new CumulativeIncidenceResult(states, ImmutableCollectionsMarshal.AsImmutableArray(curves), options.ConfidenceType, options.ConfidenceLevel);
    }

    private static void CheckOneRowPerSubject(SurvivalData data)
    {
        if (data.Clusters.IsDefaultOrEmpty)
            return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in data.Clusters)
        {
            if (!seen.Add(id))
                throw new ArgumentException($"subject {id} has more than one row; the cumulative incidence takes one row per subject");
        }
    }

    /// <summary>The pass over one group's exit times.</summary>
    private sealed class Sweep
    {
        private readonly int _states;
        private readonly bool _counting;
        private readonly ConfidenceIntervalType _type;
        private readonly double _z;

        // Σ UᵢUᵢᵀ over rows that have left, states by states.
        private readonly double[] _gone;

        // Blocks of rows at risk since the same event time: their shared U (states each), their sizes, and
        // the blocks that still have rows (a flag, so a block is listed once).
        private readonly double[] _shared;
        private readonly int[] _size;
        private readonly bool[] _listed;
        private readonly List<int> _active = [];
        private readonly int[] _blockOf;
        private readonly double[] _h;
        private readonly double[] _row0;
        private readonly double[] _u;
        private readonly int[] _deaths;

        public Sweep(int causes, int rows, bool counting, ConfidenceIntervalType type, double z)
        {
            _states = causes + 1;
            _counting = counting;
            _type = type;
            _z = z;
            _gone = new double[_states * _states];
            int blocks = counting ? rows + 1 : 1;
            _shared = new double[blocks * _states];
            _size = new int[blocks];
            _listed = new bool[blocks];
            _blockOf = counting ? new int[rows] : [];
            _h = new double[_states];
            _row0 = new double[_states];
            _u = new double[_states];
            _deaths = new int[_states];
        }

        public CumulativeIncidenceCurve Run(string name, ReadOnlySpan<double> stop, ReadOnlySpan<int> stopRow, int[] status, ReadOnlySpan<double> start, ReadOnlySpan<int> startRow)
        {
            int n = stop.Length, s = _states, distinct = 0;
            var byCause = new int[s - 1];
            for (int i = 0; i < n; i++)
            {
                if (i == 0 || stop[i] != stop[i - 1])
                    distinct++;
                if (status[stopRow[i]] > 0)
                    byCause[status[stopRow[i]] - 1]++;
            }

            var time = new double[distinct];
            var atRiskOut = new int[distinct];
            var censoredOut = new int[distinct];
            var events = Table<int>(s - 1, distinct);
            var prob = Table<double>(s, distinct);
            var se = Table<double>(s, distinct);
            var lower = Table<double>(s, distinct);
            var upper = Table<double>(s, distinct);

            var p = new double[s];
            p[0] = 1;
            int atRisk = 0, entered = 0, eventTimes = 0;
            if (!_counting)
            {
                atRisk = n;
                _size[0] = n;
                _listed[0] = true;
                _active.Add(0);
            }

            for (int i = 0, r = 0; i < n; r++)
            {
                double t = stop[i];
                if (_counting)
                {
                    for (; entered < n && start[entered] < t; entered++)
                    {
                        int block = eventTimes;
                        if (!_listed[block])
                        {
                            _listed[block] = true;
                            _active.Add(block);
                            Array.Clear(_shared, block * s, s);
                        }

                        _size[block]++;
                        _blockOf[startRow[entered]] = block;
                        atRisk++;
                    }
                }

                int end = i, d = 0;
                Array.Clear(_deaths);
                for (; end < n && stop[end] == t; end++)
                {
                    int k = status[stopRow[end]];
                    _deaths[k]++;
                    if (k > 0)
                        d++;
                }

                double nr = atRisk, q = p[0] / nr;
                if (d > 0)
                {
                    _h[0] = -d / nr;
                    for (int k = 1; k < s; k++)
                        _h[k] = _deaths[k] / nr;
                    Propagate();
                    // A block's U becomes UH + g, g = −q·h its rows' own share at a time they have no event;
                    // the initial state's term is written so that emptying it (h₀ = −1) gives q exactly.
                    foreach (int b in _active)
                    {
                        int o = b * s;
                        double u0 = _shared[o], f = u0 - q;
                        for (int k = 1; k < s; k++)
                            _shared[o + k] += f * _h[k];
                        _shared[o] = (u0 * (1 + _h[0])) - (q * _h[0]);
                    }
                }

                // The rows leaving now: their U (the block's, plus their own event's share) joins the sum of those gone.
                for (; i < end; i++)
                {
                    int row = stopRow[i], k = status[row], block = _counting ? _blockOf[row] : 0;
                    Array.Copy(_shared, block * s, _u, 0, s);
                    if (k > 0)
                    {
                        _u[0] -= q;
                        _u[k] += q;
                    }

                    for (int a = 0; a < s; a++)
                    {
                        double ua = _u[a];
                        for (int b = 0; b < s; b++)
                            _gone[(a * s) + b] += ua * _u[b];
                    }

                    _size[block]--;
                    atRisk--;
                }

                if (d > 0)
                {
                    double p0 = p[0];
                    for (int k = 1; k < s; k++)
                        p[k] += p0 * _deaths[k] / nr;
                    p[0] = p0 * (nr - d) / nr;
                    eventTimes++;
                }

                time[r] = t;
                atRiskOut[r] = (int)nr;
                censoredOut[r] = _deaths[0];
                for (int k = 1; k < s; k++)
                    events[k - 1][r] = _deaths[k];
                Record(r, p, prob, se, lower, upper);
            }

            return new CumulativeIncidenceCurve(name, n, ImmutableCollectionsMarshal.AsImmutableArray(byCause),
                ImmutableCollectionsMarshal.AsImmutableArray(time), ImmutableCollectionsMarshal.AsImmutableArray(atRiskOut),
                ImmutableCollectionsMarshal.AsImmutableArray(censoredOut), Freeze(events), Freeze(prob), Freeze(se), Freeze(lower), Freeze(upper));
        }

        // The rows gone carry their U forward: Σ UUᵀ becomes Hᵀ(Σ UUᵀ)H, H = I + e₀hᵀ the step's transition
        // matrix. In two steps, X = (Σ UUᵀ)H and then HᵀX, so that a step that empties the initial state
        // (h₀ = −1) zeroes its row and column exactly.
        private void Propagate()
        {
            int s = _states;
            for (int a = 0; a < s; a++)
            {
                double da0 = _gone[a * s];
                for (int b = 0; b < s; b++)
                    _gone[(a * s) + b] += da0 * _h[b];
            }

            for (int b = 0; b < s; b++)
                _row0[b] = _gone[b];
            for (int a = 0; a < s; a++)
            {
                double ha = _h[a];
                for (int b = 0; b < s; b++)
                    _gone[(a * s) + b] += ha * _row0[b];
            }
        }

        // Variances: the rows gone plus each block still at risk (its size times its U squared); empty blocks leave the list.
        private void Record(int r, double[] p, double[][] prob, double[][] se, double[][] lower, double[][] upper)
        {
            int s = _states;
            for (int k = 0; k < s; k++)
                _u[k] = _gone[(k * s) + k];
            for (int j = _active.Count - 1; j >= 0; j--)
            {
                int b = _active[j];
                if (_size[b] == 0)
                {
                    _listed[b] = false;
                    _active[j] = _active[^1];
                    _active.RemoveAt(_active.Count - 1);
                    continue;
                }

                int o = b * s;
                for (int k = 0; k < s; k++)
                    _u[k] += _size[b] * _shared[o + k] * _shared[o + k];
            }

            for (int k = 0; k < s; k++)
            {
                double pk = p[k], sk = Math.Sqrt(_u[k]);
                prob[k][r] = pk;
                se[k][r] = sk;
                SurvivalMath.LimitsFromStdErr(_type, pk, sk, _z, out lower[k][r], out upper[k][r]);
            }
        }

        private static T[][] Table<T>(int rows, int columns)
        {
            var t = new T[rows][];
            for (int i = 0; i < rows; i++)
                t[i] = new T[columns];
            return t;
        }

        private static ImmutableArray<ImmutableArray<T>> Freeze<T>(T[][] table)
        {
            var b = ImmutableArray.CreateBuilder<ImmutableArray<T>>(table.Length);
            foreach (var column in table)
                b.Add(ImmutableCollectionsMarshal.AsImmutableArray(column));
            return b.MoveToImmutable();
        }
    }
}

/// <summary>How <see cref="CumulativeIncidence.Estimate"/> builds its confidence intervals.</summary>
public sealed record CumulativeIncidenceOptions
{
    /// <summary>The scale of the pointwise intervals (R's <c>conf.type</c>); log by default, as R's <c>survfit</c> for multi-state curves.</summary>
    public ConfidenceIntervalType ConfidenceType { get; init; } = ConfidenceIntervalType.Log;

    /// <summary>The coverage of the intervals (R's <c>conf.int</c>), strictly between 0 and 1; 0.95 by default.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
}
