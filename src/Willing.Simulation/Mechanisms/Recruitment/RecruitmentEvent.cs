namespace Willing.Simulation.Mechanisms.Recruitment;

/// <summary>What a <see cref="RecruitmentEvent"/> is.</summary>
public enum RecruitmentEventKind
{
    /// <summary>A national election of the agent (Tago 2009; Marinov et al. 2015).</summary>
    Election,

    /// <summary>A change of the agent's head of government (Pilster et al.; Mello 2020).</summary>
    GovernmentChange,

    /// <summary>Military deaths of the agent's forces; <see cref="RecruitmentEvent.Value"/> is the deaths (Mello 2020; Cooper's Poland).</summary>
    Casualties,

    /// <summary>The agent's nationals taken hostage (Cooper's Italy; the Philippines 2004).</summary>
    HostageCrisis,

    /// <summary>The agent receives a payment: from this month it counts as paid in the exit hazard.</summary>
    Payment,

    /// <summary>The agent leaves on a scheduled or agreed date (a mandate's or host state's deadline): not a unilateral exit.</summary>
    ScheduledExit,

    /// <summary>The coalition is authorised by the UN Security Council from this month (the external stabiliser, Galam).</summary>
    UnAuthorisation,

    /// <summary>The UN authorisation lapses from this month.</summary>
    UnMandateEnd,
}

/// <summary>A dated event of a <see cref="LeaderRecruitment"/> run, at step <paramref name="Step"/> (the month since the scenario's start; negative: before it).</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Step">The month it counts in.</param>
/// <param name="Agent">The agent it concerns, or −1 for the coalition as a whole (a UN authorisation).</param>
/// <param name="Value">Its size (deaths), or 0.</param>
public readonly record struct RecruitmentEvent(RecruitmentEventKind Kind, int Step, int Agent, double Value = 0);
