using System.Collections.Immutable;
using Willing.Qca.Data;
using Willing.Typology.Sets;

namespace Willing.Qca.Fit;

/// <summary>
/// Parameters of fit of any expression over a table's columns, as R's QCA <c>pof</c> gives them: for sufficiency
/// inclS, PRI and covS, and for a sum of products each term's raw and unique coverage; for necessity inclN, RoN, covN.
/// </summary>
/// <remarks>
/// The ratios are Willing.Typology's <see cref="SetFit"/> (Ragin 2006). Unique coverage is QCA's: covU of a term is the
/// coverage of the whole sum minus the coverage of the sum of the other terms. Beside every consistency stands the
/// number of cases with membership above 0.5 in the expression, as Schneider and Wagemann (2012) ask. Cases with a
/// missing value in a set the analysis uses are left out and named.
/// </remarks>
public static class ParametersOfFit
{
    /// <summary>The fit of <paramref name="expression"/> as sufficient for <paramref name="outcome"/> (itself an expression, e.g. <c>SURV</c> or <c>~SURV</c>).</summary>
    /// <exception cref="QcaException">An expression does not parse, names a column the data lack, or uses a column that is not calibrated.</exception>
    public static SufficiencyParameters Sufficiency(QcaData data, string expression, string outcome) =>
        Sufficiency(data, QcaExpression.Parse(expression, data), QcaExpression.Parse(outcome, data));

    /// <summary>The fit of a parsed expression as sufficient for a parsed outcome.</summary>
    /// <exception cref="QcaException">A column the expressions use is not calibrated.</exception>
    public static SufficiencyParameters Sufficiency(QcaData data, QcaExpression expression, QcaExpression outcome)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(outcome);
        var (included, excluded, x, y) = CompleteCases.Of(data, expression, outcome);
        var whole = SetFit.Sufficiency(x, y);

        var termValues = expression.EvaluateTerms(data).Select(t => CompleteCases.Select(t, included)).ToArray();
        var terms = ImmutableArray.CreateBuilder<TermParameters>(termValues.Length);
        for (int t = 0; t < termValues.Length; t++)
        {
            var fit = SetFit.Sufficiency(termValues[t], y);
            double covU = whole.CovS - OthersCoverage(termValues, t, y);
            terms.Add(new TermParameters(expression.Terms[t], CompleteCases.Defined(fit.InclS), CompleteCases.Defined(fit.Pri), CompleteCases.Defined(fit.CovS), CompleteCases.Defined(covU), Above(termValues[t])));
        }

        return new SufficiencyParameters(expression.Text, outcome.Text, CompleteCases.Defined(whole.InclS), CompleteCases.Defined(whole.Pri), CompleteCases.Defined(whole.CovS), Above(x), included.Length, excluded, terms.MoveToImmutable());
    }

    /// <summary>The fit of <paramref name="expression"/> as necessary for <paramref name="outcome"/>.</summary>
    /// <exception cref="QcaException">An expression does not parse, names a column the data lack, or uses a column that is not calibrated.</exception>
    public static NecessityParameters Necessity(QcaData data, string expression, string outcome) =>
        Necessity(data, QcaExpression.Parse(expression, data), QcaExpression.Parse(outcome, data));

    /// <summary>The fit of a parsed expression as necessary for a parsed outcome.</summary>
    /// <exception cref="QcaException">A column the expressions use is not calibrated.</exception>
    public static NecessityParameters Necessity(QcaData data, QcaExpression expression, QcaExpression outcome)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(outcome);
        var (included, excluded, x, y) = CompleteCases.Of(data, expression, outcome);
        var fit = SetFit.Necessity(x, y);
        return new NecessityParameters(expression.Text, outcome.Text, CompleteCases.Defined(fit.InclN), CompleteCases.Defined(fit.RoN), CompleteCases.Defined(fit.CovN), Above(x), included.Length, excluded);
    }

    /// <summary>The number of memberships above 0.5.</summary>
    internal static int Above(IEnumerable<double> memberships) => memberships.Count(m => m > 0.5);

    // The coverage of the sum (maximum) of every term but one; 0 when there is no other term.
    private static double OthersCoverage(double[][] terms, int skip, double[] y)
    {
        if (terms.Length == 1)
            return 0;
        double sumMin = 0, sumY = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double others = 0;
            for (int t = 0; t < terms.Length; t++)
            {
                if (t != skip)
                    others = Math.Max(others, terms[t][i]);
            }

            sumMin += Math.Min(others, y[i]);
            sumY += y[i];
        }

        return sumY == 0 ? double.NaN : sumMin / sumY;
    }
}
