using System.Collections.Immutable;
using Willing.Core.Reading;
using Willing.Qca.Data;

namespace Willing.Qca.Calibration;

/// <summary>Applies calibration specs to the raw columns of a <see cref="QcaData"/> table.</summary>
public static class Calibrator
{
    /// <summary>The memberships of a raw column under a spec (missing values stay missing).</summary>
    public static QcaColumn Calibrate(QcaColumn raw, CalibrationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(spec);
        return raw with { Values = [.. raw.Values.Select(spec.Membership)] };
    }

    /// <summary>The table with each spec's column replaced by its memberships (the set keeps the column's name).</summary>
    /// <exception cref="QcaException">A spec names a column the table does not have, or two specs name the same column; every such error at once.</exception>
    public static QcaData Apply(QcaData data, IEnumerable<CalibrationSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(specs);
        var list = specs.ToList();
        var errors = new List<QcaError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in list)
        {
            if (!data.HasColumn(spec.Column))
                errors.Add(data.UnknownColumn(spec.Column, spec.ToString(), 1));
            else if (!seen.Add(spec.Column))
                errors.Add(new QcaError($"the column '{Echo.Quote(spec.Column)}' is calibrated twice", spec.Column, spec.ToString(), 1));
        }

        if (errors.Count > 0)
            throw new QcaException(errors);
        foreach (var spec in list)
            data = data.With(Calibrate(data.Column(spec.Column), spec));
        return data;
    }

    /// <summary>The memberships of raw values under a spec.</summary>
    public static ImmutableArray<double> Calibrate(IEnumerable<double> raw, CalibrationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return [.. raw.Select(spec.Membership)];
    }
}
