using System.Collections.Immutable;

namespace Willing.Lifecycle.Survival;

/// <summary>The cumulative-incidence curves of <see cref="CumulativeIncidence.Estimate"/>, one per group.</summary>
/// <param name="States">The states: <see cref="CumulativeIncidence.InitialState"/> (no event yet), then one per cause in the order of <see cref="SurvivalData.Causes"/>; state k is cause k.</param>
/// <param name="Curves">One curve per group, in ordinal order of the labels (one curve, <c>all</c>, without groups).</param>
/// <param name="ConfidenceType">The scale of the confidence intervals.</param>
/// <param name="ConfidenceLevel">Their coverage.</param>
public sealed record CumulativeIncidenceResult(ImmutableArray<string> States, ImmutableArray<CumulativeIncidenceCurve> Curves, ConfidenceIntervalType ConfidenceType, double ConfidenceLevel)
{
    /// <summary>The curve of one group.</summary>
    /// <exception cref="KeyNotFoundException">No group has that label.</exception>
    public CumulativeIncidenceCurve Curve(string group)
    {
        foreach (var c in Curves)
        {
            if (string.Equals(c.Group, group, StringComparison.Ordinal))
                return c;
        }

        throw new KeyNotFoundException($"no cumulative-incidence curve for group {group}");
    }
}

/// <summary>
/// The Aalen–Johansen estimate for one group at each distinct exit time (event or censoring), as the rows of R's
/// multi-state <c>survfit</c>. The tables indexed by state hold one column per state: state 0 the probability of
/// no event yet, state k the cumulative incidence of cause k.
/// </summary>
/// <param name="Group">The group label (<c>all</c> without groups).</param>
/// <param name="N">The number of rows (subjects).</param>
/// <param name="EventsByCause">The number of events of each cause, cause k at index k − 1.</param>
/// <param name="Time">The distinct exit times, in order.</param>
/// <param name="AtRisk">The number at risk (in the initial state) just before each time.</param>
/// <param name="Censored">The rows censored at each time.</param>
/// <param name="Events">The events at each time, by cause: <c>Events[k − 1][i]</c> for cause k at time i.</param>
/// <param name="Probability">The probability in each state: <c>Probability[state][i]</c>.</param>
/// <param name="StdErr">The infinitesimal-jackknife standard error of each probability: <c>StdErr[state][i]</c>.</param>
/// <param name="Lower">The lower confidence limit of each (NaN where R gives NA): <c>Lower[state][i]</c>.</param>
/// <param name="Upper">The upper confidence limit of each (NaN where R gives NA): <c>Upper[state][i]</c>.</param>
public sealed record CumulativeIncidenceCurve(
    string Group,
    int N,
    ImmutableArray<int> EventsByCause,
    ImmutableArray<double> Time,
    ImmutableArray<int> AtRisk,
    ImmutableArray<int> Censored,
    ImmutableArray<ImmutableArray<int>> Events,
    ImmutableArray<ImmutableArray<double>> Probability,
    ImmutableArray<ImmutableArray<double>> StdErr,
    ImmutableArray<ImmutableArray<double>> Lower,
    ImmutableArray<ImmutableArray<double>> Upper)
{
    /// <summary>The cumulative incidence of cause <paramref name="cause"/> (1..K) at a time: a right-continuous step function, 0 before the first row.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cause is outside 1..K.</exception>
    public double IncidenceAt(int cause, double time)
    {
        if (cause < 1 || cause >= Probability.Length)
            throw new ArgumentOutOfRangeException(nameof(cause), cause, $"causes run from 1 to {Probability.Length - 1}");
        int i = LastAtOrBefore(time);
        return i < 0 ? 0.0 : Probability[cause][i];
    }

    /// <summary>The probability of no event yet at a time (1 before the first row).</summary>
    public double EventFreeAt(double time)
    {
        int i = LastAtOrBefore(time);
        return i < 0 ? 1.0 : Probability[0][i];
    }

    private int LastAtOrBefore(double time)
    {
        int lo = 0, hi = Time.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (Time[mid] <= time)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
