using System.Collections.Immutable;
using Willing.Core.Model;

namespace Willing.Typology.Classification;

/// <summary>Where one coalition stands in Cooper's property space, and why.</summary>
/// <param name="Case">The coalition's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Axes">The four axes and R, in the order H, C, S, T, R.</param>
/// <param name="Cell">The cell: the corner (H, C, S, T) whose membership is above 0.5, or null when undetermined.</param>
/// <param name="Model">Model one, model two, hybrid, or undetermined.</param>
/// <param name="MembershipOne">Membership in the model-one corner: min(H, C, S, T).</param>
/// <param name="MembershipTwo">Membership in the model-two corner: min(1−H, 1−C, 1−S, 1−T).</param>
/// <param name="Hybridity">1 − the largest corner membership: 0.5 at most; higher means further from every pure cell.</param>
/// <param name="DistanceOne">Euclidean distance to the model-one ideal type over H, C, S, T, divided by √4 (0 to 1).</param>
/// <param name="DistanceTwo">Distance to the model-two ideal type, likewise.</param>
/// <param name="Flags">Why the cell could not be assigned, or cautions (axes at the crossover, axes without data).</param>
public sealed record CaseClassification(
    CoalitionId Case,
    string Name,
    ImmutableArray<AxisScore> Axes,
    PropertyCell? Cell,
    ModelKind Model,
    double? MembershipOne,
    double? MembershipTwo,
    double? Hybridity,
    double? DistanceOne,
    double? DistanceTwo,
    ImmutableArray<string> Flags)
{
    /// <summary>The score on one axis.</summary>
    public AxisScore this[Axis axis] => Axes.Single(a => a.Axis == axis);

    /// <summary>The membership in every corner of the property space (fuzzy AND), highest first; empty when an axis has no data.</summary>
    public ImmutableArray<CornerMembership> Corners
    {
        get
        {
            var m = AxisInfo.Core.Select(a => this[a].Membership).ToArray();
            if (m.Any(x => x is null))
                return [];
            return [.. PropertyCell.All
                .Select(cell => new CornerMembership(cell.Code, cell.MembershipOf(m[0]!.Value, m[1]!.Value, m[2]!.Value, m[3]!.Value)))
                .OrderByDescending(x => x.Membership).ThenBy(x => x.Cell, StringComparer.Ordinal)];
        }
    }
}

/// <summary>A case's membership in one corner of the property space.</summary>
/// <param name="Cell">The corner's code, H C S T.</param>
/// <param name="Membership">The fuzzy AND of the axes or their negations.</param>
public sealed record CornerMembership(string Cell, double Membership);
