namespace Willing.Core.Model;

/// <summary>
/// An earlier coalition this one descends from, with the relation and the lesson drawn (Cooper
/// 2005, §1–2: the Gulf War 1991 and Kosovo 1999 as the trajectory behind Iraq 2003; Kosovo's "no
/// fighting by committee").
/// </summary>
/// <param name="Case">The earlier coalition's id; it must be in the same case base.</param>
/// <param name="Relation">How this coalition relates to it.</param>
/// <param name="Lesson">The lesson drawn, in the editors' words, when the sources state one.</param>
/// <param name="Provenance">The sources.</param>
public sealed record Antecedent(CoalitionId Case, LineageRelation Relation, string? Lesson, Provenance Provenance);
