using Willing.Simulation.Modeling;

namespace Willing.Simulation.Mechanisms.Recruitment;

/// <summary>
/// One agent of a <see cref="LeaderRecruitment"/> run as set up before step 0: the leader, a state of the case
/// (member or not) or one of a scenario's population, with the attributes the recruitment and exit rules read.
/// </summary>
/// <remarks>
/// An attribute given as NaN is unknown: the model takes the parameter named in its description instead
/// (a value that cannot be sourced is a parameter, never a number chosen to fit).
/// </remarks>
/// <param name="Id">The agent's id (an ISO code for a case's state).</param>
/// <param name="Kind">Its kind; the leader's is <see cref="AgentKind.Leader"/>.</param>
public sealed record RecruitmentActor(string Id, AgentKind Kind)
{
    /// <summary>Whether it is a member at step 0 (the leader always is).</summary>
    public bool InitialMember { get; init; }

    /// <summary>Whether it can take part at all: false for a case member that had already left before the scenario starts.</summary>
    public bool Available { get; init; } = true;

    /// <summary>Whether, as a member, it sends forces (counted in <c>troop_contributors</c>).</summary>
    public bool TroopContributor { get; init; } = true;

    /// <summary>How much the leader needs it (Henke's pivotality), in [0, 1]; NaN: the parameter <c>pivotality_default</c>.</summary>
    public double Pivotality { get; init; }

    /// <summary>Its diplomatic embeddedness with the leader (Henke 2017), in [0, 1].</summary>
    public double Embeddedness { get; init; }

    /// <summary>Its alignment with the leader's cause, in [−1, 1]; NaN: the parameter <c>alignment_default</c>.</summary>
    public double Alignment { get; init; } = double.NaN;

    /// <summary>Its domestic opposition to taking part, in [0, 1]; NaN: the parameter <c>opposition_default</c>.</summary>
    public double DomesticOpposition { get; init; } = double.NaN;

    /// <summary>Its normative commitment to the coalition's cause, in [0, 1]; NaN: the parameter <c>commitment_default</c>.</summary>
    public double Commitment { get; init; } = double.NaN;

    /// <summary>The payment the leader offers it, in billions of US dollars (0: none); NaN: offered an amount not recorded, the parameter <c>default_offer</c>.</summary>
    public double Offer { get; init; }

    /// <summary>Whether the leader threatens it (a threat, aid cut, sanction or diplomatic pressure).</summary>
    public bool Threat { get; init; }
}
