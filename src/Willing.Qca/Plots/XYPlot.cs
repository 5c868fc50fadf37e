using Willing.Qca.Data;
using Willing.Qca.Fit;

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
        var xs = x.Evaluate(data);
        var ys = y.Evaluate(data);
        var (included, excluded) = CompleteCases.Of(data, xs, ys);
        var sufficiency = ParametersOfFit.Sufficiency(data, x, y);
        var necessity = ParametersOfFit.Necessity(data, x, y);
        return new XYPlotData(
            x.Text,
            y.Text,
            [.. included.Select(i => new XYPoint(data.Cases[i], xs[i], ys[i]))],
            sufficiency.InclS,
            sufficiency.PRI,
            sufficiency.CovS,
            necessity.InclN,
            necessity.RoN,
            necessity.CovN,
            excluded);
    }
}
