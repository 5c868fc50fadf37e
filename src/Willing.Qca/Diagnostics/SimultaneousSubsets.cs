using System.Globalization;
using Willing.Qca.Data;
using Willing.Qca.Fit;

namespace Willing.Qca.Diagnostics;

/// <summary>The check, when asked, that a sufficiency claim is not also made for its contrary (simultaneous subset relations).</summary>
/// <remarks>
/// With fuzzy sets a condition can be a consistent subset of Y and of ~Y at once, typically when its memberships are
/// low (Schneider and Wagemann 2012); PRI is low exactly then. Checked both ways: X against Y and ~Y, and X
/// and ~X against Y.
/// </remarks>
public static class SimultaneousSubsets
{
    /// <summary>Checks <paramref name="expression"/> → <paramref name="outcome"/> at a consistency cut-off (0.75 by default, as QCA's <c>pof</c>).</summary>
    /// <exception cref="QcaException">An expression does not parse, names a column the data lack, or uses a column that is not calibrated.</exception>
    public static SimultaneousSubsetCheck Check(QcaData data, string expression, string outcome, double inclCut = 0.75)
    {
        ArgumentNullException.ThrowIfNull(data);
        var x = QcaExpression.Parse(expression, data);
        var y = QcaExpression.Parse(outcome, data);
        var forY = ParametersOfFit.Sufficiency(data, x, y);
        var forNotY = ParametersOfFit.Sufficiency(data, x, y.Negate());
        var notXForY = ParametersOfFit.Sufficiency(data, x.Negate(), y);
        bool Passes(double? incl) => incl is { } v && v >= inclCut;
        bool both = Passes(forY.InclS) && Passes(forNotY.InclS);
        bool negation = Passes(forY.InclS) && Passes(notXForY.InclS);
        string cut = inclCut.ToString("0.###", CultureInfo.InvariantCulture);
        string? warning = (both, negation) switch
        {
            (true, _) => $"{x.Text} passes {cut} as sufficient for both {y.Text} and ~({y.Text}): a simultaneous subset relation; do not claim sufficiency (PRI {Format(forY.PRI)})",
            (_, true) => $"{x.Text} and ~({x.Text}) both pass {cut} as sufficient for {y.Text}: the outcome is near-universal and {x.Text} explains nothing",
            _ => null,
        };
        return new SimultaneousSubsetCheck(x.Text, y.Text, inclCut, forY.InclS, forY.PRI, forNotY.InclS, forNotY.PRI, notXForY.InclS, both, negation, warning);
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "undefined";
}
