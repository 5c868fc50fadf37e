using Willing.Typology;

namespace Willing.Reports;

/// <summary>Short names of the axes and their poles, for chart labels where <see cref="AxisInfo"/>'s full phrases do not fit.</summary>
/// <remarks>The pole words are <see cref="AxisInfo.ShortPole"/>'s, the same as in cell names, so charts and cell names read alike.</remarks>
public static class AxisLabels
{
    /// <summary>The set's letter and name, e.g. "H organization".</summary>
    public static string Title(Axis axis) => $"{AxisInfo.Letter(axis)} {AxisInfo.Key(axis)}";

    /// <summary>A short name of one pole: the model-one pole (membership 1) or the model-two pole (0).</summary>
    public static string Pole(Axis axis, bool modelOne) => AxisInfo.ShortPole(axis, modelOne);

    /// <summary>The axis with both poles, the model-two pole (0) first: "H organization: networked ← → hierarchical".</summary>
    public static string WithPoles(Axis axis) => $"{Title(axis)}: {Poles(axis)}";

    /// <summary>Both poles, the model-two pole (0) first: "networked ← → hierarchical".</summary>
    public static string Poles(Axis axis) => $"{Pole(axis, false)} ← → {Pole(axis, true)}";
}
