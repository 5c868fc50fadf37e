using Willing.Qca.Data;

namespace Willing.Qca.Diagnostics;

/// <summary>Typical and deviant cases of a sufficiency statement X → Y, for any expression (Schneider and Rohlfing 2013).</summary>
public static class CaseDiagnostics
{
    /// <summary>Types every case with respect to <paramref name="expression"/> → <paramref name="outcome"/>.</summary>
    /// <exception cref="QcaException">An expression does not parse, names a column the data lack, or uses a column that is not calibrated.</exception>
    public static CaseTypology Classify(QcaData data, string expression, string outcome)
    {
        ArgumentNullException.ThrowIfNull(data);
        var x = QcaExpression.Parse(expression, data);
        var y = QcaExpression.Parse(outcome, data);
        var (included, excluded, xs, ys) = CompleteCases.Of(data, x, y);
        return new CaseTypology(x.Text, y.Text, [.. included.Select((i, k) => new CaseMembership(data.Cases[i], xs[k], ys[k], TypeOf(xs[k], ys[k])))], excluded);
    }

    /// <summary>The type of a case with memberships <paramref name="x"/> in the expression and <paramref name="y"/> in the outcome.</summary>
    public static CaseType TypeOf(double x, double y) => (x, y) switch
    {
        _ when x == 0.5 || y == 0.5 => CaseType.AtCrossover,
        ( > 0.5, > 0.5) => x <= y ? CaseType.Typical : CaseType.DeviantConsistencyInDegree,
        ( > 0.5, _) => CaseType.DeviantConsistencyInKind,
        (_, > 0.5) => CaseType.DeviantCoverage,
        _ => CaseType.IndividuallyIrrelevant,
    };
}
