namespace Willing.Core.Model;

/// <summary>What set a coalition in motion (Cooper's trigger axis).</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>armed-aggression</c>.</remarks>
public enum TriggerKind
{
    /// <summary>An armed attack by one state on another. (<c>armed-aggression</c>)</summary>
    ArmedAggression,
    /// <summary>A terrorist attack. (<c>terrorist-attack</c>)</summary>
    TerroristAttack,
    /// <summary>A threat of weapons of mass destruction. (<c>wmd-threat</c>)</summary>
    WmdThreat,
    /// <summary>A humanitarian emergency. (<c>humanitarian-emergency</c>)</summary>
    HumanitarianEmergency,
    /// <summary>The collapse of a state's order. (<c>state-collapse</c>)</summary>
    StateCollapse,
    /// <summary>Mass atrocities. (<c>mass-atrocities</c>)</summary>
    MassAtrocities,
    /// <summary>The failure of an established forum. (<c>institutional-failure</c>)</summary>
    InstitutionalFailure,
    /// <summary>A campaign by norm entrepreneurs. (<c>norm-entrepreneurship</c>)</summary>
    NormEntrepreneurship,
    /// <summary>A report or exposé that made the problem public. (<c>public-exposure</c>)</summary>
    PublicExposure,
    /// <summary>Anything else. (<c>other</c>)</summary>
    Other,
}
