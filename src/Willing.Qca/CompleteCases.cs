using System.Collections.Immutable;
using Willing.Qca.Data;

namespace Willing.Qca;

/// <summary>The cases an analysis uses: those with a value in every membership vector it needs (R's QCA leaves out the others too).</summary>
internal static class CompleteCases
{
    /// <summary>The indices of the cases with no NaN in any vector, and the labels of those left out.</summary>
    public static (int[] Included, ImmutableArray<string> Excluded) Of(QcaData data, params ReadOnlySpan<ImmutableArray<double>> vectors)
    {
        var included = new List<int>(data.CaseCount);
        var excluded = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; i < data.CaseCount; i++)
        {
            bool complete = true;
            foreach (var v in vectors)
                complete &= !double.IsNaN(v[i]);
            if (complete)
                included.Add(i);
            else
                excluded.Add(data.Cases[i]);
        }

        if (included.Count == 0)
            throw new QcaException(new QcaError($"no case has a value in every set the analysis uses ({data.CaseCount} cases, each with a missing value)"));
        return ([.. included], excluded.ToImmutable());
    }

    /// <summary>Two expressions evaluated over the cases complete in both: what every X-against-Y analysis starts from.</summary>
    public static Pair Of(QcaData data, QcaExpression x, QcaExpression y)
    {
        var xAll = x.Evaluate(data);
        var yAll = y.Evaluate(data);
        var (included, excluded) = Of(data, xAll, yAll);
        return new Pair(included, excluded, Select(xAll, included), Select(yAll, included));
    }

    /// <summary>The values of the included cases.</summary>
    public static double[] Select(ImmutableArray<double> values, int[] included)
    {
        var result = new double[included.Length];
        for (int k = 0; k < included.Length; k++)
            result[k] = values[included[k]];
        return result;
    }

    /// <summary>A ratio of fit, or null where it is undefined (a zero denominator; JSON has no NaN).</summary>
    public static double? Defined(double value) => double.IsNaN(value) ? null : value;

    /// <summary>X and Y over the cases used.</summary>
    /// <param name="Included">The indices of the cases used, in data order.</param>
    /// <param name="Excluded">The labels of the cases left out for a missing value.</param>
    /// <param name="X">X's memberships, one per case used.</param>
    /// <param name="Y">Y's memberships, one per case used.</param>
    public sealed record Pair(int[] Included, ImmutableArray<string> Excluded, double[] X, double[] Y);
}
