using System.Collections.Immutable;

namespace Willing.Lifecycle.Survival;

/// <summary>
/// The rows of a Cox model laid out once for every pass over the risk sets: sorted by stratum and, within a
/// stratum, by exit time from the latest (censored rows before events at one time), covariates centred, events
/// coded 0/1 for the chosen cause, near-equal times tied as R's <c>aeqSurv</c> ties them.
/// </summary>
/// <remarks>
/// A "position" is a row's place in this order; arrays indexed by position hold the row's values. For (start, stop]
/// data the rows of each stratum are also listed by entry time from the latest, for the two-pointer risk-set
/// updates, and rows whose interval holds no event time of their stratum are marked as never at risk.
/// </remarks>
internal sealed class CoxDesign
{
    private CoxDesign(int n, int p)
    {
        N = n;
        P = p;
        Row = new int[n];
        Stop = new double[n];
        Start = new double[n];
        Event = new bool[n];
        X = new double[n * p];
        Means = new double[p];
        Scale = new double[p];
    }

    /// <summary>Rows.</summary>
    public int N { get; }

    /// <summary>Covariates.</summary>
    public int P { get; }

    /// <summary>The covariates' names, in model order.</summary>
    public string[] Names { get; private init; } = [];

    /// <summary>True for (start, stop] data.</summary>
    public bool HasStart { get; private init; }

    /// <summary>The number of events.</summary>
    public int Events { get; private set; }

    /// <summary>The original row at each position.</summary>
    public int[] Row { get; }

    /// <summary>Exit times by position (after the time fix).</summary>
    public double[] Stop { get; }

    /// <summary>Entry times by position (0 without start times).</summary>
    public double[] Start { get; }

    /// <summary>Whether the row at each position has the event.</summary>
    public bool[] Event { get; }

    /// <summary>The centred covariates by position, row-major (position × covariate).</summary>
    public double[] X { get; }

    /// <summary>The column means taken out of <see cref="X"/>.</summary>
    public double[] Means { get; }

    /// <summary>R's scaling of each column (the inverse mean absolute deviation; 1 for columns of -1, 0 and 1), for the Cholesky tolerance.</summary>
    public double[] Scale { get; }

    /// <summary>The stratum labels in ordinal order (one empty label without strata).</summary>
    public string[] StratumLabels { get; private set; } = [];

    /// <summary>Positions of stratum s are [StratumBegin[s], StratumBegin[s + 1]).</summary>
    public int[] StratumBegin { get; private set; } = [];

    /// <summary>The distinct event times of each stratum, ascending; those of stratum s are [DeathBegin[s], DeathBegin[s + 1]).</summary>
    public double[] DeathTimes { get; private set; } = [];

    /// <summary>Where each stratum's event times begin in <see cref="DeathTimes"/>.</summary>
    public int[] DeathBegin { get; private set; } = [];

    /// <summary>(start, stop] rows never at risk at an event time; null for right-censored data.</summary>
    public bool[]? Ignored { get; private set; }

    /// <summary>(start, stop] data: positions by entry time from the latest, within each stratum, without the ignored rows.</summary>
    public int[] StartOrder { get; private set; } = [];

    /// <summary>Where each stratum's positions begin in <see cref="StartOrder"/>.</summary>
    public int[] StartBegin { get; private set; } = [];

    /// <summary>The subject (cluster) index at each position; null without subject labels.</summary>
    public int[]? Cluster { get; private set; }

    /// <summary>The number of distinct subjects (0 without subject labels).</summary>
    public int ClusterCount { get; private set; }

    /// <summary>The number of strata.</summary>
    public int StrataCount => StratumLabels.Length;

    /// <summary>True when the data was stratified.</summary>
    public bool Stratified { get; private init; }

    /// <summary>The tolerance under which two times are one (R's <c>sqrt(.Machine$double.eps)</c>).</summary>
    private static readonly double TimeTolerance = Math.Sqrt(Math.Pow(2, -52));

    /// <summary>Lays out the data for a model with these options; throws <see cref="CoxFitException"/> when it cannot be fitted.</summary>
    public static CoxDesign Build(SurvivalData data, CoxOptions options)
    {
        data.Validated();
        int n = data.Count;
        if (n == 0)
            throw new CoxFitException(CoxFitProblem.NoRows, "The data has no rows: a Cox model needs at least one event.");

        var columns = SelectCovariates(data, options);
        int p = columns.Length;
        if (options.Cause is int cause && (cause < 1 || cause > data.CauseCount))
        {
            throw new CoxFitException(CoxFitProblem.InvalidInput,
                $"Cause {cause} is not among the data's causes ({string.Join(", ", data.Causes.Select((c, i) => $"{i + 1} = {c}"))}); choose one of them, or none for any event.");
        }

        for (int k = 0; k < p; k++)
        {
            var values = columns[k].Values;
            for (int i = 0; i < n; i++)
            {
                if (!double.IsFinite(values[i]))
                {
                    throw new CoxFitException(CoxFitProblem.InvalidInput,
                        $"Covariate '{columns[k].Name}' has no finite value in row {i + 1}; drop the row or fill the value before fitting.", [columns[k].Name]);
                }
            }
        }

        var design = new CoxDesign(n, p) { Names = columns.Select(c => c.Name).ToArray(), HasStart = data.HasStart, Stratified = !data.Strata.IsDefaultOrEmpty };
        design.Lay(data, options, columns);
        return design;
    }

    private static Covariate[] SelectCovariates(SurvivalData data, CoxOptions options)
    {
        if (options.Covariates.IsDefaultOrEmpty)
        {
            if (data.Covariates.IsDefaultOrEmpty)
                throw new CoxFitException(CoxFitProblem.InvalidInput, "The data has no covariates: a Cox model needs at least one.");
            var all = data.Covariates.ToArray();
            var duplicate = all.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
                throw new CoxFitException(CoxFitProblem.InvalidInput, $"Two covariates are named '{duplicate.Key}'; give each a name of its own.", [duplicate.Key]);
            return all;
        }

        var byName = new Dictionary<string, Covariate>(StringComparer.Ordinal);
        foreach (var c in data.Covariates.IsDefault ? [] : data.Covariates)
            byName.TryAdd(c.Name, c);
        var chosen = new Covariate[options.Covariates.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < chosen.Length; k++)
        {
            string name = options.Covariates[k];
            if (!seen.Add(name))
                throw new CoxFitException(CoxFitProblem.InvalidInput, $"Covariate '{name}' is listed twice in the model.", [name]);
            if (!byName.TryGetValue(name, out var c))
            {
                string known = byName.Count == 0 ? "none" : string.Join(", ", byName.Keys);
                throw new CoxFitException(CoxFitProblem.InvalidInput, $"The data has no covariate named '{name}'; its covariates are: {known}.", [name]);
            }

            chosen[k] = c;
        }

        return chosen;
    }

    private void Lay(SurvivalData data, CoxOptions options, Covariate[] columns)
    {
        int n = N, p = P;
        var stop = new double[n];
        var start = new double[n];
        var evt = new bool[n];
        int events = 0;
        for (int i = 0; i < n; i++)
        {
            stop[i] = data.Stop[i];
            start[i] = data.StartOf(i);
            int s = data.Status[i];
            evt[i] = options.Cause is int cause ? s == cause : s > 0;
            if (evt[i])
                events++;
        }

        if (events == 0)
        {
            string which = options.Cause is int c ? $" of cause {c} ({data.Causes[c - 1]})" : "";
            throw new CoxFitException(CoxFitProblem.NoEvents, $"No row has an event{which}: a Cox model needs at least one.");
        }

        Events = events;

        // One (stable) sort of the rows by exit time.
        var byStop = new int[n];
        for (int i = 0; i < n; i++)
            byStop[i] = i;
        var sortedStop = (double[])stop.Clone();
        CoxSort.Sort(sortedStop, byStop);
        if (options.TimeFix && FixTimes(stop, HasStart ? start : null, sortedStop))
        {
            // Sort again, so that rows of one (fixed) time are in row order as without the fix.
            for (int i = 0; i < n; i++)
                byStop[i] = i;
            stop.CopyTo(sortedStop, 0);
            CoxSort.Sort(sortedStop, byStop);
        }

        // Strata, in ordinal order of their labels.
        var stratumOf = new int[n];
        if (Stratified)
        {
            var labels = data.Strata.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var index = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
            for (int s = 0; s < labels.Length; s++)
                index[labels[s]] = s;
            for (int i = 0; i < n; i++)
                stratumOf[i] = index[data.Strata[i]];
            StratumLabels = labels;
        }
        else
            StratumLabels = [""];

        int strata = StratumLabels.Length;
        var begin = new int[strata + 1];
        for (int i = 0; i < n; i++)
            begin[stratumOf[i] + 1]++;
        for (int s = 0; s < strata; s++)
            begin[s + 1] += begin[s];
        StratumBegin = begin;

        // From the latest exit time down; within one time censored rows first, each group by row (the sort is
        // stable, so rows of one time are in row order already). Then bucket by stratum, stably.
        var fill = (int[])begin.Clone();
        for (int hi = n; hi > 0;)
        {
            int lo = hi - 1;
            while (lo > 0 && sortedStop[lo - 1] == sortedStop[hi - 1])
                lo--;
            for (int r = lo; r < hi; r++)
            {
                if (!evt[byStop[r]])
                    Place(byStop[r]);
            }

            for (int r = lo; r < hi; r++)
            {
                if (evt[byStop[r]])
                    Place(byStop[r]);
            }

            hi = lo;
        }

        void Place(int i)
        {
            int q = fill[stratumOf[i]]++;
            Row[q] = i;
            Stop[q] = stop[i];
            Start[q] = start[i];
            Event[q] = evt[i];
        }

        // Covariates: centred; R's scale (1 over the mean absolute deviation) unless the column holds only -1, 0 and 1.
        for (int k = 0; k < p; k++)
        {
            var values = columns[k].Values;
            double sum = 0;
            bool unit = true;
            for (int i = 0; i < n; i++)
            {
                double v = values[i];
                sum += v;
                if (v != 0 && v != 1 && v != -1)
                    unit = false;
            }

            double mean = sum / n;
            Means[k] = mean;
            double deviation = 0;
            for (int q = 0; q < n; q++)
            {
                double v = values[Row[q]] - mean;
                X[q * p + k] = v;
                deviation += Math.Abs(v);
            }

            Scale[k] = unit || deviation == 0 ? 1.0 : n / deviation;
        }

        LayEventTimes();
        if (HasStart)
            LayEntries();
        LayClusters(data);
    }

    private void LayEventTimes()
    {
        int strata = StrataCount;
        var times = new List<double>();
        var deathBegin = new int[strata + 1];
        for (int s = 0; s < strata; s++)
        {
            deathBegin[s] = times.Count;
            int first = times.Count;
            for (int q = StratumBegin[s + 1] - 1; q >= StratumBegin[s]; q--)
            {
                if (Event[q] && (times.Count == first || times[^1] != Stop[q]))
                    times.Add(Stop[q]);
            }
        }

        deathBegin[strata] = times.Count;
        DeathTimes = [.. times];
        DeathBegin = deathBegin;
    }

    /// <summary>The number of event times of stratum <paramref name="s"/> at or before <paramref name="t"/>.</summary>
    public int DeathsUpTo(int s, double t)
    {
        int lo = DeathBegin[s], hi = DeathBegin[s + 1];
        int from = lo;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (DeathTimes[mid] <= t)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo - from;
    }

    private void LayEntries()
    {
        int n = N, strata = StrataCount;
        var ignored = new bool[n];
        var startBegin = new int[strata + 1];
        var order = new List<int>(n);
        for (int s = 0; s < strata; s++)
        {
            startBegin[s] = order.Count;
            int from = order.Count;
            for (int q = StratumBegin[s]; q < StratumBegin[s + 1]; q++)
            {
                if (DeathsUpTo(s, Stop[q]) == DeathsUpTo(s, Start[q]))
                    ignored[q] = true;
                else
                    order.Add(q);
            }

            int count = order.Count - from;
            var keys = new double[count];
            var positions = new int[count];
            for (int j = 0; j < count; j++)
            {
                positions[j] = order[from + j];
                keys[j] = -Start[positions[j]];
            }

            Array.Sort(keys, positions);
            for (int j = 0; j < count; j++)
                order[from + j] = positions[j];
        }

        startBegin[strata] = order.Count;
        Ignored = ignored;
        StartOrder = [.. order];
        StartBegin = startBegin;
    }

    private void LayClusters(SurvivalData data)
    {
        if (data.Clusters.IsDefaultOrEmpty)
            return;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var byRow = new int[N];
        for (int i = 0; i < N; i++)
        {
            string label = data.Clusters[i];
            if (!index.TryGetValue(label, out int c))
            {
                c = index.Count;
                index[label] = c;
            }

            byRow[i] = c;
        }

        var cluster = new int[N];
        for (int q = 0; q < N; q++)
            cluster[q] = byRow[Row[q]];
        Cluster = cluster;
        ClusterCount = index.Count;
    }

    /// <summary>
    /// R's <c>aeqSurv</c>: among the distinct times (entry and exit), a run of neighbours each within the tolerance of
    /// the next (absolutely, or relative to the mean absolute time) becomes its smallest member. Returns whether any
    /// time changed. <paramref name="sortedStop"/> holds the exit times in ascending order.
    /// </summary>
    private static bool FixTimes(double[] stop, double[]? start, double[] sortedStop)
    {
        int n = stop.Length;
        double[] all;
        if (start is null)
            all = (double[])sortedStop.Clone();
        else
        {
            var sortedStart = (double[])start.Clone();
            Array.Sort(sortedStart);
            all = new double[2 * n];
            int i = 0, j = 0, k = 0;
            while (i < n || j < n)
                all[k++] = j == n || (i < n && sortedStop[i] <= sortedStart[j]) ? sortedStop[i++] : sortedStart[j++];
        }

        int m = 0;
        for (int i = 0; i < all.Length; i++)
        {
            if (m == 0 || all[i] != all[m - 1])
                all[m++] = all[i];
        }

        if (m < 2)
            return false;
        double meanAbs = 0;
        for (int i = 0; i < m; i++)
            meanAbs += Math.Abs(all[i]);
        meanAbs /= m;
        var cut = new double[m];
        bool any = false;
        cut[0] = all[0];
        for (int i = 1; i < m; i++)
        {
            double dy = all[i] - all[i - 1];
            bool tied = dy <= TimeTolerance || dy / meanAbs <= TimeTolerance;
            any |= tied;
            cut[i] = tied ? cut[i - 1] : all[i];
        }

        if (!any)
            return false;
        var unique = all.AsSpan(0, m);
        for (int i = 0; i < n; i++)
            stop[i] = cut[unique.BinarySearch(stop[i])];
        if (start is null)
            return true;
        for (int i = 0; i < n; i++)
        {
            start[i] = cut[unique.BinarySearch(start[i])];
            if (start[i] >= stop[i])
            {
                throw new CoxFitException(CoxFitProblem.InvalidInput,
                    $"Row {i + 1}: its interval (start, stop] vanishes once times that differ only by rounding are treated as equal; widen it or fit with TimeFix off.");
            }
        }

        return true;
    }

    /// <summary>The covariate names as an immutable array.</summary>
    public ImmutableArray<string> NameList => [.. Names];
}
