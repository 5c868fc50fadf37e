using System.Globalization;
using Willing.Core.Model;
using Willing.Typology.Classification;
using Willing.Typology.Sets;

namespace Willing.Reports;

/// <summary>How the report, its charts and the workbench's pages write models, numbers and dates.</summary>
public static class ReportText
{
    /// <summary>"model one", "model two", "hybrid" or "undetermined".</summary>
    public static string Model(ModelKind model) => model switch
    {
        ModelKind.One => "model one",
        ModelKind.Two => "model two",
        ModelKind.Hybrid => "hybrid",
        _ => "undetermined",
    };

    /// <summary>"model one, cell 1111", or "undetermined" when no cell could be assigned.</summary>
    public static string ModelAndCell(CaseClassification c) =>
        c.Cell is { } cell ? $"{Model(c.Model)}, cell {cell.Code}" : Model(c.Model);

    /// <summary>A membership or distance to two decimals, or an en dash when there is none.</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    /// <summary>A raw indicator value with up to four decimals.</summary>
    public static string Raw(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>"2003-03-19 – 2011-12-18", or "1992 – ongoing" without an end.</summary>
    public static string Period(Period period) => $"{period.Start} – {(period.End is { } end ? end.ToString() : "ongoing")}";

    /// <summary>The calibration convention in words.</summary>
    public static string Convention(CalibrationConvention convention) => convention == CalibrationConvention.Qca
        ? "QCA: the full-membership and full-non-membership anchors map to 0.95 and 0.05"
        : "Ragin: the full-membership and full-non-membership anchors map to log-odds +3 and −3 (memberships 0.953 and 0.047)";

    /// <summary>"1 fact", "3 facts": a count with its noun.</summary>
    public static string Count(int n, string word, string? plural = null) =>
        n == 1 ? $"1 {word}" : $"{n.ToString(CultureInfo.InvariantCulture)} {plural ?? word + "s"}";

    /// <summary>The bounds of a set: "[0.00, 0.33]", what the rules give with every indicator without data at 0 and at 1.</summary>
    public static string Bounds(AxisScore axis) => $"[{Number(axis.Low)}, {Number(axis.High)}]";

    /// <summary>The coverage of a set: "2 of 4 dimensions measured, 2 required".</summary>
    public static string Coverage(AxisScore axis) =>
        $"{axis.Measured} of {axis.Terms} {(axis.Dimensions.IsEmpty ? "indicators" : "dimensions")} measured, {axis.MinMeasured} required";

    /// <summary>The raw value of an indicator: the number, or the category of an ordinal indicator; "–" without data.</summary>
    public static string RawText(IndicatorValue i) => i.Raw is { } raw ? Raw(raw) : i.Category ?? "–";

    /// <summary>A number in the given format, or "–" when it is not finite (NaN stands for none).</summary>
    public static string Finite(double value, string format = "0.00") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";
}
