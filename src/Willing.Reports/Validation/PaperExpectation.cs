using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Typology;
using Willing.Typology.Classification;

namespace Willing.Reports.Validation;

/// <summary>
/// Where an expert reading of Cooper (2005) expects a case the paper places: the pole of each set
/// H, C, S, T, R, or no expectation on a set the placement leaves open. The cross-cutting D is
/// outside the cell and carries no expectation.
/// </summary>
/// <remarks>
/// The one mapping from the paper's placements to cells, taken from the text, not from where the
/// cases land: model one is the corner <c>1111</c> (Iraq 2003, §2), with R either way; model two the
/// corner <c>0000</c> (the landmines and ICC campaigns, §2), R either way; a hybrid is the
/// UN-authorised cell <c>10110</c> (Alba, INTERFET, ISAF in §3: led from the top by states,
/// normative, crisis-driven, but through the Security Council); an antecedent is model one,
/// <c>1111x</c> (the Gulf War and Kosovo, whose campaign §3 calls the "comprehensive prototype" of
/// 2003); a counter-coalition has no expectation, since the paper names it only in passing.
/// </remarks>
/// <param name="Placement">The paper's placement.</param>
/// <param name="Poles">The expected pole of each set, in the order H, C, S, T, R: true for the model-one pole (1), false for the model-two pole (0), null for either.</param>
/// <param name="Description">The expectation in words.</param>
public sealed record PaperExpectation(CooperPlacement Placement, ImmutableArray<bool?> Poles, string Description)
{
    /// <summary>The expectation as a cell pattern, H C S T R, with <c>x</c> for a set left open: e.g. <c>1111x</c>, <c>10110</c>.</summary>
    public string Code => string.Concat(Poles.Select(p => p switch { true => "1", false => "0", null => "x" }));

    /// <summary>The expected pole of one set, or null when the expectation leaves it open.</summary>
    public bool? Pole(Axis axis) => AxisInfo.Cell.Contains(axis) ? Poles[Index(axis)] : null;

    /// <summary>The expectation for a placement, or null for a counter-coalition (the paper places it in neither model).</summary>
    public static PaperExpectation? Of(CooperPlacement placement) => placement switch
    {
        CooperPlacement.ModelOne => new(placement, [true, true, true, true, null], "model one, R either way"),
        CooperPlacement.ModelTwo => new(placement, [false, false, false, false, null], "model two, R either way"),
        CooperPlacement.Hybrid => new(placement, [true, false, true, true, false], "a UN-authorised hybrid: hierarchical, normative, state-centric, crisis-driven, through institutions"),
        CooperPlacement.Antecedent => new(placement, [true, true, true, true, null], "model one, of which it is an antecedent; R either way"),
        _ => null,
    };

    /// <summary>
    /// The sets the expectation names on which the case is not where it is expected: on the other
    /// side of the crossover, undetermined, or exactly at the crossover; in the order H, C, S, T, R.
    /// </summary>
    public IEnumerable<Axis> Departures(CaseClassification classification)
    {
        ArgumentNullException.ThrowIfNull(classification);
        return AxisInfo.Cell.Where(axis => Pole(axis) is { } expected && Side(classification[axis]) != expected);
    }

    /// <summary>Agree, disagree, or undetermined when nothing measured contradicts the expectation but a set it names could not be placed.</summary>
    public ValidationVerdict Judge(CaseClassification classification)
    {
        var departures = Departures(classification).ToList();
        if (departures.Count == 0)
            return ValidationVerdict.Agree;
        return departures.Any(a => Side(classification[a]) is not null) ? ValidationVerdict.Disagree : ValidationVerdict.Undetermined;
    }

    /// <summary>The side of the crossover a set is on: true above 0.5, false below, null when undetermined or exactly at 0.5.</summary>
    public static bool? Side(AxisScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return score.Side;
    }

    private static int Index(Axis axis)
    {
        for (int i = 0; i < AxisInfo.Cell.Count; i++)
        {
            if (AxisInfo.Cell[i] == axis)
                return i;
        }

        throw new ArgumentOutOfRangeException(nameof(axis), axis, "not one of the five sets");
    }
}
