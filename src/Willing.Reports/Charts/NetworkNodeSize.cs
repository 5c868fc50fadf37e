namespace Willing.Reports.Charts;

/// <summary>What a node's size shows in a <see cref="NetworkChart"/>.</summary>
public enum NetworkNodeSize
{
    /// <summary>Its degree: how many actors it is linked to.</summary>
    Degree,

    /// <summary>Its betweenness: how many shortest paths between other actors run through it (Brandes, unnormalised).</summary>
    Betweenness,
}
