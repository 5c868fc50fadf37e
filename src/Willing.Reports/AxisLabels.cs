using Willing.Typology;

namespace Willing.Reports;

/// <summary>Short names of the axes and their poles, for chart labels where <see cref="AxisInfo"/>'s full phrases do not fit.</summary>
/// <remarks>The words follow <c>PropertyCell.Name</c> (hierarchical, coerced, state-centric, crisis-driven and their opposites), so charts and cell names read alike.</remarks>
public static class AxisLabels
{
    /// <summary>The set's letter and name, e.g. "H organization".</summary>
    public static string Title(Axis axis) => $"{AxisInfo.Letter(axis)} {AxisInfo.Key(axis)}";

    /// <summary>A short name of one pole: the model-one pole (membership 1) or the model-two pole (0).</summary>
    public static string Pole(Axis axis, bool modelOne) => (axis, modelOne) switch
    {
        (Axis.Organization, true) => "hierarchical",
        (Axis.Organization, false) => "networked",
        (Axis.Motivation, true) => "coerced",
        (Axis.Motivation, false) => "normative",
        (Axis.Actorness, true) => "state-centric",
        (Axis.Actorness, false) => "mixed-actor",
        (Axis.Trigger, true) => "crisis-driven",
        (Axis.Trigger, false) => "long-trajectory",
        (_, true) => "circumvents",
        (_, false) => "works through",
    };

    /// <summary>The axis with both poles, the model-two pole (0) first: "H organization: networked ← → hierarchical".</summary>
    public static string WithPoles(Axis axis) => $"{Title(axis)}: {Poles(axis)}";

    /// <summary>Both poles, the model-two pole (0) first: "networked ← → hierarchical".</summary>
    public static string Poles(Axis axis) => $"{Pole(axis, false)} ← → {Pole(axis, true)}";
}
