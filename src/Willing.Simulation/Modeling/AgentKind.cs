namespace Willing.Simulation.Modeling;

/// <summary>What an agent is, in Cooper's terms (2005, §2: leaders and followers; §3: middle powers, NGOs and core groups).</summary>
/// <remarks>Written to the <c>agent_kind</c> column in kebab case (<c>core-group</c>).</remarks>
public enum AgentKind
{
    /// <summary>A state that may join, stay or leave.</summary>
    State,

    /// <summary>A non-governmental organisation or a network of them (the ICBL, the CICC), a norm entrepreneur.</summary>
    Ngo,

    /// <summary>An intergovernmental organisation (the UN, NATO), a venue or a broker.</summary>
    Organization,

    /// <summary>The lead state of a model-one coalition: the hub that recruits members with payments and pressure.</summary>
    Leader,

    /// <summary>The core group of a model-two coalition acting as one entrepreneur (the Ottawa core group of middle powers).</summary>
    CoreGroup,

    /// <summary>Any other actor.</summary>
    Other,
}
