namespace Willing.Typology;

/// <summary>Names and letters of the axes.</summary>
public static class AxisInfo
{
    /// <summary>The four axes that make up the property space, in cell-code order H, C, S, T.</summary>
    public static readonly IReadOnlyList<Axis> Core = [Axis.Organization, Axis.Motivation, Axis.Actorness, Axis.Trigger];

    /// <summary>The five sets of a cell code, H C S T R: the property space that cells and distances are taken in.</summary>
    public static readonly IReadOnlyList<Axis> Cell = [.. Core, Axis.Institutions];

    /// <summary>Every scored set: the five of the cell and the cross-cutting D, shown beside the cell.</summary>
    public static readonly IReadOnlyList<Axis> All = [.. Cell, Axis.Diplomacy];

    /// <summary>True for the cross-cutting sets R and D, drawn dashed in charts.</summary>
    public static bool IsCrossCutting(Axis axis) => axis is Axis.Institutions or Axis.Diplomacy;

    /// <summary>The set's letter: H, C, S, T, R or D.</summary>
    public static string Letter(Axis axis) => axis switch
    {
        Axis.Organization => "H",
        Axis.Motivation => "C",
        Axis.Actorness => "S",
        Axis.Trigger => "T",
        Axis.Institutions => "R",
        _ => "D",
    };

    /// <summary>The axis name as the JSON contract spells it: organization, motivation, actorness, trigger, institutions.</summary>
    public static string Key(Axis axis) => axis.ToString().ToLowerInvariant();

    /// <summary>What membership 1 means.</summary>
    public static string ModelOnePole(Axis axis) => axis switch
    {
        Axis.Organization => "hierarchical, hub-and-spoke",
        Axis.Motivation => "coerced or bribed",
        Axis.Actorness => "state-centric",
        Axis.Trigger => "hard-security crisis",
        Axis.Institutions => "circumvents established institutions",
        _ => "closed, state-to-state diplomacy",
    };

    /// <summary>What membership 0 means.</summary>
    public static string ModelTwoPole(Axis axis) => axis switch
    {
        Axis.Organization => "horizontal network",
        Axis.Motivation => "norms and status",
        Axis.Actorness => "mixed state and non-state",
        Axis.Trigger => "long, chosen trajectory",
        Axis.Institutions => "works through established institutions",
        _ => "public diplomacy and celebrity",
    };

    /// <summary>A one-word name of a pole, for cell names and chart labels: the model-one pole (membership 1) or the model-two pole (0).</summary>
    public static string ShortPole(Axis axis, bool modelOne) => (axis, modelOne) switch
    {
        (Axis.Organization, true) => "hierarchical",
        (Axis.Organization, false) => "networked",
        (Axis.Motivation, true) => "coerced",
        (Axis.Motivation, false) => "normative",
        (Axis.Actorness, true) => "state-centric",
        (Axis.Actorness, false) => "mixed-actor",
        (Axis.Trigger, true) => "crisis-driven",
        (Axis.Trigger, false) => "long-trajectory",
        (Axis.Institutions, true) => "circumvents",
        (Axis.Institutions, false) => "works through",
        (_, true) => "closed",
        (_, false) => "public",
    };

    /// <summary>Parses an axis from its key or letter.</summary>
    public static bool TryParse(string text, out Axis axis)
    {
        foreach (var a in All)
        {
            if (string.Equals(text, Key(a), StringComparison.OrdinalIgnoreCase) || string.Equals(text, Letter(a), StringComparison.OrdinalIgnoreCase))
            {
                axis = a;
                return true;
            }
        }

        axis = default;
        return false;
    }
}
