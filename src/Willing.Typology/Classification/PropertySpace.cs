using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Typology.Codebook;

namespace Willing.Typology.Classification;

/// <summary>
/// The whole property space over H, C, S, T, R (Elman 2005; Lazarsfeld): all thirty-two cells with the
/// cases whose membership in the cell is above 0.5, the empty cells with the analyst's tags, and
/// the cases that could not be placed.
/// </summary>
/// <param name="Cells">All thirty-two cells, from 00000 to 11111.</param>
/// <param name="Unplaced">Cases with an axis at the crossover or without data.</param>
public sealed record PropertySpace(ImmutableArray<SpaceCell> Cells, ImmutableArray<CaseClassification> Unplaced)
{
    /// <summary>Builds the space from classified cases and the codebook's cell annotations.</summary>
    public static PropertySpace Build(IEnumerable<CaseClassification> cases, TypologyCodebook codebook)
    {
        var list = cases.ToList();
        var cells = PropertyCell.All.Select(cell =>
        {
            var members = list
                .Where(c => c.Cell == cell)
                .Select(c => new CellMember(c.Case, c.Name, c.Corners.Single(x => x.Cell == cell.Code).Membership))
                .OrderByDescending(m => m.Membership)
                .ToImmutableArray();
            var annotation = codebook.Annotation(cell.Code);
            // An occupied cell is never tagged empty: its annotation stays, as a label, but the tag goes.
            EmptyCellTag? tag = members.IsEmpty ? annotation?.Tag ?? EmptyCellTag.EmpiricallyEmpty : null;
            return new SpaceCell(cell, members, tag, annotation);
        });
        return new PropertySpace([.. cells], [.. list.Where(c => c.Cell is null)]);
    }

    /// <summary>The cells with no case in them.</summary>
    public IEnumerable<SpaceCell> EmptyCells => Cells.Where(c => c.Cases.IsEmpty);
}

/// <summary>One cell of the property space.</summary>
/// <param name="Cell">The cell.</param>
/// <param name="Cases">The cases assigned to it, by membership, highest first.</param>
/// <param name="EmptyTag">For an empty cell, what it is taken to be (default: empirically empty).</param>
/// <param name="Annotation">The codebook's annotation of the cell, if any (its label and reasoning).</param>
public sealed record SpaceCell(PropertyCell Cell, ImmutableArray<CellMember> Cases, EmptyCellTag? EmptyTag, CellAnnotation? Annotation);

/// <summary>A case in a cell, with its membership in the cell.</summary>
/// <param name="Case">The case id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Membership">Its membership in the cell (above 0.5).</param>
public sealed record CellMember(CoalitionId Case, string Name, double Membership);
