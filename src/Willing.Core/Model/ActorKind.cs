namespace Willing.Core.Model;

/// <summary>What kind of actor takes part in or bears on a coalition (Cooper's 'actorness' axis).</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>state</c>.</remarks>
public enum ActorKind
{
    /// <summary>A sovereign state, identified by its ISO 3166 alpha-3 code. (<c>state</c>)</summary>
    State,
    /// <summary>A non-governmental organisation. (<c>ngo</c>)</summary>
    Ngo,
    /// <summary>A network or umbrella of NGOs, such as the ICBL or the CICC. (<c>ngo-network</c>)</summary>
    NgoNetwork,
    /// <summary>A company, such as De Beers or Halliburton. (<c>firm</c>)</summary>
    Firm,
    /// <summary>An intergovernmental organisation, such as NATO, the UN or the European Community. (<c>igo</c>)</summary>
    Igo,
    /// <summary>A government below the state level. (<c>subnational-government</c>)</summary>
    SubnationalGovernment,
    /// <summary>An individual, who acted for an organisation or state. (<c>person</c>)</summary>
    Person,
    /// <summary>A legislature or one of its chambers, such as the US Senate. (<c>legislature</c>)</summary>
    Legislature,
    /// <summary>A newspaper, broadcaster or editorial page. (<c>media</c>)</summary>
    Media,
    /// <summary>A non-state armed group, such as UNITA. (<c>armed-group</c>)</summary>
    ArmedGroup,
    /// <summary>An informal group of states, such as the Vilnius Ten. (<c>state-group</c>)</summary>
    StateGroup,
    /// <summary>Any other actor. (<c>other</c>)</summary>
    Other,
}
