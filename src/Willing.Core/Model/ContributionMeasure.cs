namespace Willing.Core.Model;

/// <summary>What a contribution's amount measures.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>peak</c>.</remarks>
public enum ContributionMeasure
{
    /// <summary>The largest amount at any time. (<c>peak</c>)</summary>
    Peak,
    /// <summary>The amount on one date. (<c>snapshot</c>)</summary>
    Snapshot,
    /// <summary>The total over the membership. (<c>total</c>)</summary>
    Total,
    /// <summary>The first deployment or payment. (<c>initial</c>)</summary>
    Initial,
    /// <summary>An amount pledged. (<c>pledged</c>)</summary>
    Pledged,
}
