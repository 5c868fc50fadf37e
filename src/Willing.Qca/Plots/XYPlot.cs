using Willing.Qca.Data;
using Willing.Typology.Sets;

namespace Willing.Qca.Plots;

/// <summary>The data of an XY plot; drawing is Willing.Reports' job.</summary>
public static class XYPlot
{
    /// <summary>The points (label, x, y) of <paramref name="expression"/> against <paramref name="outcome"/>, with the parameters of fit.</summary>
    /// <exception cref="QcaException">An expression does not parse, names a column the data lack, or uses a column that is not calibrated.</exception>
    public static XYPlotData For(QcaData data, string expression, string outcome)
    {
        ArgumentNullException.ThrowIfNull(data);
        var x = QcaExpression.Parse(expression, data);
        var y = QcaExpression.Parse(outcome, data);
        var (included, excluded, xs, ys) = CompleteCases.Of(data, x, y);
        var sufficiency = SetFit.Sufficiency(xs, ys);
        var necessity = SetFit.Necessity(xs, ys);
        return new XYPlotData(
            x.Text,
            y.Text,
            [.. included.Select((i, k) => new XYPoint(data.Cases[i], xs[k], ys[k]))],
            CompleteCases.Defined(sufficiency.InclS),
            CompleteCases.Defined(sufficiency.Pri),
            CompleteCases.Defined(sufficiency.CovS),
            CompleteCases.Defined(necessity.InclN),
            CompleteCases.Defined(necessity.RoN),
            CompleteCases.Defined(necessity.CovN),
            excluded);
    }
}
