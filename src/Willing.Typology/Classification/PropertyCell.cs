namespace Willing.Typology.Classification;

/// <summary>
/// A corner of the property space over H, C, S, T: each axis at its model-one pole (1) or its
/// model-two pole (0). Code <c>1111</c> is model one, <c>0000</c> model two; every other corner is a
/// hybrid cell, named by what it takes from each model.
/// </summary>
/// <param name="H">Hierarchical (true) or horizontal.</param>
/// <param name="C">Coerced or bribed (true) or normative.</param>
/// <param name="S">State-centric (true) or mixed.</param>
/// <param name="T">Hard-security crisis (true) or chosen trajectory.</param>
public readonly record struct PropertyCell(bool H, bool C, bool S, bool T)
{
    /// <summary>All sixteen cells, from 0000 to 1111.</summary>
    public static IReadOnlyList<PropertyCell> All { get; } =
        [.. Enumerable.Range(0, 16).Select(i => new PropertyCell((i & 8) != 0, (i & 4) != 0, (i & 2) != 0, (i & 1) != 0))];

    /// <summary>The cell code, H C S T: e.g. <c>1011</c>.</summary>
    public string Code => string.Concat(Bit(H), Bit(C), Bit(S), Bit(T));

    /// <summary>Model one, model two or hybrid.</summary>
    public ModelKind Model => Code switch
    {
        "1111" => ModelKind.One,
        "0000" => ModelKind.Two,
        _ => ModelKind.Hybrid,
    };

    /// <summary>A name that says what the cell takes from each pole, e.g. "hierarchical, normative, state-centric, crisis-driven".</summary>
    public string Name => Model switch
    {
        ModelKind.One => "model one (hierarchical, coerced, state-centric, crisis-driven)",
        ModelKind.Two => "model two (networked, normative, mixed-actor, long-trajectory)",
        _ => string.Join(", ", AxisInfo.Core.Zip([H, C, S, T], AxisInfo.ShortPole)),
    };

    /// <summary>The membership of a case in this corner: the fuzzy AND of each axis or its negation.</summary>
    public double MembershipOf(double h, double c, double s, double t) =>
        Math.Min(Math.Min(H ? h : 1 - h, C ? c : 1 - c), Math.Min(S ? s : 1 - s, T ? t : 1 - t));

    /// <summary>Parses a four-digit code such as <c>1011</c>.</summary>
    public static bool TryParse(string code, out PropertyCell cell)
    {
        cell = default;
        if (code.Length != 4 || code.Any(ch => ch is not ('0' or '1')))
            return false;
        cell = new PropertyCell(code[0] == '1', code[1] == '1', code[2] == '1', code[3] == '1');
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Code;

    private static string Bit(bool b) => b ? "1" : "0";
}
