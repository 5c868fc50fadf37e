namespace Willing.Qca;

/// <summary>What this library implements and against which reference it is checked.</summary>
public static class QcaInfo
{
    /// <summary>The reference implementation the fixtures come from.</summary>
    public const string Reference = "R package QCA 3.25.1 (Dușa); see ../shared/research/qca-reference.md";
}
