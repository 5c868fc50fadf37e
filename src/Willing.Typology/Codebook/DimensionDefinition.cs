namespace Willing.Typology.Codebook;

/// <summary>
/// A constitutive dimension of an axis (Goertz 2006, the secondary level of a concept): what the
/// axis is made of, measured by substitutable indicators combined by <see cref="Rule"/>
/// (<c>or</c> or a mean), so every kind of case can be measured on it with whichever indicator its
/// evidence reaches.
/// </summary>
/// <param name="Id">Its id, e.g. <c>H-res</c>.</param>
/// <param name="Axis">The axis it constitutes.</param>
/// <param name="Name">A short name, e.g. "asymmetry of resources".</param>
/// <param name="Passage">Cooper's words that define it (quoted).</param>
/// <param name="At">Where in the paper the passage is (§ or page).</param>
/// <param name="Rule">How its indicators combine.</param>
public sealed record DimensionDefinition(string Id, Axis Axis, string Name, string? Passage, string? At, CombinationRule Rule);

/// <summary>How one axis is built from its dimensions (or, in a codebook without dimensions, from its indicators).</summary>
/// <param name="Rule">The rule over dimension (or indicator) ids.</param>
/// <param name="MinMeasured">The coverage rule: the fewest dimensions (or indicators) with data for the axis to be scored; below it the axis is undetermined.</param>
public sealed record AxisStructure(CombinationRule Rule, int MinMeasured);
