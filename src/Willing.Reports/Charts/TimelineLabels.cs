namespace Willing.Reports.Charts;

/// <summary>How a <see cref="TimelineChart"/> names its rows.</summary>
public enum TimelineLabels
{
    /// <summary>By the member's name (Spain).</summary>
    Names,

    /// <summary>By the member's id (ESP), for a narrower margin.</summary>
    Ids,
}
