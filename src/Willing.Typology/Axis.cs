namespace Willing.Typology;

/// <summary>
/// Cooper's four axes and the cross-cutting sets R and D, each a fuzzy set whose membership 1 is
/// the model-one pole (DESIGN.md: axis orientation). R is the fifth digit of a cell; D is scored
/// and shown beside the cell but is not part of it.
/// </summary>
public enum Axis
{
    /// <summary>H, organization ("how"): hierarchical, hub-and-spoke (1) against a horizontal network (0).</summary>
    Organization,

    /// <summary>C, motivation ("why"): coerced or bribed (1) against drawn by norms and status (0).</summary>
    Motivation,

    /// <summary>S, actorness ("with whom"): state-centric (1) against mixed state and non-state (0).</summary>
    Actorness,

    /// <summary>T, trigger ("under what conditions"): a hard-security crisis (1) against a long, chosen trajectory (0).</summary>
    Trigger,

    /// <summary>R, cross-cutting: circumvents established institutions (1) against works through them (0).</summary>
    Institutions,

    /// <summary>D, cross-cutting: closed, state-to-state diplomacy (1) against public diplomacy over the heads of governments, with celebrities as change-agents (0).</summary>
    Diplomacy,
}
