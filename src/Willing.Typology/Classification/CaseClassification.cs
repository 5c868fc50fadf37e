using System.Collections.Immutable;
using Willing.Core.Model;

namespace Willing.Typology.Classification;

/// <summary>Where one coalition stands in Cooper's property space, and why.</summary>
/// <param name="Case">The coalition's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Axes">The four axes and R, in the order H, C, S, T, R.</param>
/// <param name="Cell">The cell over H, C, S, T, R whose membership is above 0.5, or null when a set is undetermined or on the crossover.</param>
/// <param name="Model">Model one, model two, hybrid (from the four-axis corner H C S T), or undetermined.</param>
/// <param name="MembershipOne">Membership in the model-one corner: min(H, C, S, T).</param>
/// <param name="MembershipTwo">Membership in the model-two corner: min(1−H, 1−C, 1−S, 1−T).</param>
/// <param name="Indeterminacy">1 − the largest membership in any four-axis corner: 0.5 at most; higher means the case is less clearly in any corner (formerly "hybridity": a hybrid cell can be occupied with no indeterminacy at all).</param>
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
    double? Indeterminacy,
    double? DistanceOne,
    double? DistanceTwo,
    ImmutableArray<string> Flags)
{
    /// <summary>The case-period this classification is of (its id), or null for the whole case.</summary>
    public string? Period { get; init; }

    /// <summary>The period's name, when <see cref="Period"/> is set.</summary>
    public string? PeriodName { get; init; }

    /// <summary>The period's span as written (start to end), when <see cref="Period"/> is set.</summary>
    public string? PeriodSpan { get; init; }

    /// <summary>For a period: how many undated facts were kept in it (undated evidence counts in every period its parent is in).</summary>
    public int? UndatedKept { get; init; }

    /// <summary>The former name of <see cref="Indeterminacy"/>, kept for one release.</summary>
    [Obsolete("Use Indeterminacy.")]
    public double? Hybridity => Indeterminacy;

    /// <summary>The score on one axis.</summary>
    public AxisScore this[Axis axis] => Axes.Single(a => a.Axis == axis);

    /// <summary>The membership in every cell of the property space over H, C, S, T, R (fuzzy AND), highest first; empty when a set is undetermined.</summary>
    public ImmutableArray<CornerMembership> Corners
    {
        get
        {
            var m = AxisInfo.Cell.Select(a => this[a].Membership).ToArray();
            if (m.Any(x => x is null))
                return [];
            return [.. PropertyCell.All
                .Select(cell => new CornerMembership(cell.Code, cell.MembershipOf(m[0]!.Value, m[1]!.Value, m[2]!.Value, m[3]!.Value, m[4]!.Value)))
                .OrderByDescending(x => x.Membership).ThenBy(x => x.Cell, StringComparer.Ordinal)];
        }
    }
}

/// <summary>A case's membership in one corner of the property space.</summary>
/// <param name="Cell">The cell's code, H C S T R.</param>
/// <param name="Membership">The fuzzy AND of the axes or their negations.</param>
public sealed record CornerMembership(string Cell, double Membership);
