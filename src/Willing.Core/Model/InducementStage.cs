namespace Willing.Core.Model;

/// <summary>How far an inducement got.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>request</c>.</remarks>
public enum InducementStage
{
    /// <summary>Requested by the receiver. (<c>request</c>)</summary>
    Request,
    /// <summary>Offered. (<c>offer</c>)</summary>
    Offer,
    /// <summary>Enacted or paid. (<c>enacted</c>)</summary>
    Enacted,
    /// <summary>Withdrawn. (<c>withdrawn</c>)</summary>
    Withdrawn,
    /// <summary>Reported, stage unknown. (<c>reported</c>)</summary>
    Reported,
}
