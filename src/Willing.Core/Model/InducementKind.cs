namespace Willing.Core.Model;

/// <summary>What kind of inducement or pressure (Cooper 2005, §2: coalitions of the bribed and of the coerced).</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>side-payment</c>.</remarks>
public enum InducementKind
{
    /// <summary>A grant or other payment. (<c>side-payment</c>)</summary>
    SidePayment,
    /// <summary>A loan or loan guarantee, at face value. (<c>loan</c>)</summary>
    Loan,
    /// <summary>Debt forgiveness. (<c>debt-relief</c>)</summary>
    DebtRelief,
    /// <summary>A trade deal or preference. (<c>trade-concession</c>)</summary>
    TradeConcession,
    /// <summary>Economic aid. (<c>aid</c>)</summary>
    Aid,
    /// <summary>Military aid or sales. (<c>military-aid</c>)</summary>
    MilitaryAid,
    /// <summary>Support for joining an alliance or organisation, or a status upgrade such as Major Non-NATO Ally. (<c>accession-promise</c>)</summary>
    AccessionPromise,
    /// <summary>A gain in status or prestige. (<c>status-upgrade</c>)</summary>
    StatusUpgrade,
    /// <summary>Access to contracts. (<c>contract</c>)</summary>
    Contract,
    /// <summary>A threat of punishment. (<c>threat</c>)</summary>
    Threat,
    /// <summary>A cut or withdrawal of aid. (<c>aid-cut</c>)</summary>
    AidCut,
    /// <summary>A sanction. (<c>sanction</c>)</summary>
    Sanction,
    /// <summary>Diplomatic pressure or lobbying. (<c>diplomatic-pressure</c>)</summary>
    DiplomaticPressure,
    /// <summary>A payment by a member towards the leader's costs. (<c>burden-sharing-payment</c>)</summary>
    BurdenSharingPayment,
    /// <summary>Anything else. (<c>other</c>)</summary>
    Other,
}
