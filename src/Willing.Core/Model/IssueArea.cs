namespace Willing.Core.Model;

/// <summary>The issue area a coalition works on.</summary>
/// <param name="Category">The category, which the typology's trigger axis reads.</param>
/// <param name="Description">The issue in the editors' words.</param>
/// <param name="Provenance">The sources.</param>
public sealed record IssueArea(IssueCategory Category, string? Description, Provenance Provenance);
