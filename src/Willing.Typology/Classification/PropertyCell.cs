namespace Willing.Typology.Classification;

/// <summary>
/// A cell of the property space over H, C, S, T and R: each set at its model-one pole (1) or its
/// model-two pole (0). The model is read from the four-axis corner H C S T alone (<c>1111</c> is
/// model one, <c>0000</c> model two, every other corner a hybrid), because Cooper defines the two
/// models on those four axes; R, the relation to established institutions, tells apart coalitions
/// that the corner alone would merge: the UN-authorised hybrids (<c>10110</c>) from an end-run such
/// as Kosovo's (<c>…1</c>).
/// </summary>
/// <param name="H">Hierarchical (true) or horizontal.</param>
/// <param name="C">Coerced or bribed (true) or normative.</param>
/// <param name="S">State-centric (true) or mixed.</param>
/// <param name="T">Hard-security crisis (true) or chosen trajectory.</param>
/// <param name="R">Circumvents established institutions (true) or works through them (authorised by the Security Council, negotiated in the standing forum).</param>
public readonly record struct PropertyCell(bool H, bool C, bool S, bool T, bool R)
{
    /// <summary>All thirty-two cells, from 00000 to 11111.</summary>
    public static IReadOnlyList<PropertyCell> All { get; } =
        [.. Enumerable.Range(0, 32).Select(i => new PropertyCell((i & 16) != 0, (i & 8) != 0, (i & 4) != 0, (i & 2) != 0, (i & 1) != 0))];

    /// <summary>The sixteen four-axis corners H C S T, from 0000 to 1111 (the cells with R at 0 stand for them).</summary>
    public static IReadOnlyList<string> Corners { get; } =
        [.. Enumerable.Range(0, 16).Select(i => string.Concat(Bit((i & 8) != 0), Bit((i & 4) != 0), Bit((i & 2) != 0), Bit((i & 1) != 0)))];

    /// <summary>The cell code, H C S T R: e.g. <c>10110</c>.</summary>
    public string Code => string.Concat(Corner, Bit(R));

    /// <summary>The four-axis corner, H C S T, that decides the model: e.g. <c>1011</c>.</summary>
    public string Corner => string.Concat(Bit(H), Bit(C), Bit(S), Bit(T));

    /// <summary>Model one, model two or hybrid, from the four-axis corner.</summary>
    public ModelKind Model => Corner switch
    {
        "1111" => ModelKind.One,
        "0000" => ModelKind.Two,
        _ => ModelKind.Hybrid,
    };

    /// <summary>
    /// A name that says what the cell takes from each pole and how it stands to institutions,
    /// e.g. "model one, circumventing institutions" or "hierarchical, normative, state-centric, crisis-driven; through institutions".
    /// </summary>
    public string Name
    {
        get
        {
            string institutions = R ? "circumventing institutions" : "through institutions";
            return Model switch
            {
                ModelKind.One => $"model one, {institutions}",
                ModelKind.Two => $"model two, {institutions}",
                _ => $"{string.Join(", ", AxisInfo.Core.Zip([H, C, S, T], AxisInfo.ShortPole))}; {institutions}",
            };
        }
    }

    /// <summary>The membership of a case in this cell: the fuzzy AND of each set or its negation.</summary>
    public double MembershipOf(double h, double c, double s, double t, double r) =>
        Math.Min(CornerMembershipOf(h, c, s, t), R ? r : 1 - r);

    /// <summary>The membership of a case in this cell's four-axis corner (R left out).</summary>
    public double CornerMembershipOf(double h, double c, double s, double t) =>
        Math.Min(Math.Min(H ? h : 1 - h, C ? c : 1 - c), Math.Min(S ? s : 1 - s, T ? t : 1 - t));

    /// <summary>Parses a five-digit code such as <c>10110</c>.</summary>
    public static bool TryParse(string code, out PropertyCell cell)
    {
        cell = default;
        if (code.Length != 5 || code.Any(ch => ch is not ('0' or '1')))
            return false;
        cell = new PropertyCell(code[0] == '1', code[1] == '1', code[2] == '1', code[3] == '1', code[4] == '1');
        return true;
    }

    /// <summary>True for a four-digit corner code such as <c>1011</c>.</summary>
    public static bool IsCorner(string code) => code.Length == 4 && code.All(ch => ch is '0' or '1');

    /// <inheritdoc />
    public override string ToString() => Code;

    private static string Bit(bool b) => b ? "1" : "0";
}
