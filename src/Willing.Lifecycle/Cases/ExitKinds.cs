using Willing.Core.Model;

namespace Willing.Lifecycle.Cases;

/// <summary>How an exit counts in the analyses of the "coalition of the leaving".</summary>
public enum ExitKind
{
    /// <summary>A member chose to leave before the coalition's work was over: an election, casualties, a hostage crisis, a parliament's refusal, cost, following others.</summary>
    Unilateral,

    /// <summary>A member left because the mandate expired, the host state set a deadline or the mission ended as planned; not a defection.</summary>
    Scheduled,

    /// <summary>Not a leaving at all (a person died or was succeeded, a state denied ever taking part, a command was left but the forces kept): the member is censored.</summary>
    NotAnExit,
}

/// <summary>What to do with scheduled exits (the end of a mandate, a host state's deadline, a planned end of mission).</summary>
public enum ScheduledExits
{
    /// <summary>Censor them: the member stopped being at risk of defecting without defecting (the default; Tago 2009 counts only unilateral withdrawals).</summary>
    Censor,

    /// <summary>Count them as exits like any other.</summary>
    Exit,

    /// <summary>Count them as exits of their own cause, <c>scheduled</c>, beside the unilateral reasons (for competing risks).</summary>
    Cause,
}

/// <summary>The classification of exit reasons into unilateral, scheduled and not-an-exit.</summary>
public static class ExitKinds
{
    /// <summary>The kind of an exit, from its main reason.</summary>
    public static ExitKind Of(ExitReason reason) => reason switch
    {
        ExitReason.MandateExpiry or ExitReason.HostStateDeadline or ExitReason.MissionCompleted => ExitKind.Scheduled,
        ExitReason.Death or ExitReason.Succession or ExitReason.DeniedTakingPart or ExitReason.KeptNationalCommand => ExitKind.NotAnExit,
        _ => ExitKind.Unilateral,
    };
}
