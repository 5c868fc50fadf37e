namespace Willing.Networks;

/// <summary>A node of a <see cref="Graph"/>: an actor with its id and the attributes metrics group by.</summary>
/// <param name="Id">The node's id, unique in its graph (ordinal comparison).</param>
/// <param name="Kind">The actor's kind (e.g. <c>state</c>, <c>ngo</c>), for the share of edges across kinds; null when unknown.</param>
/// <param name="Group">The node's group, for the Gould–Fernandez brokerage roles; null nodes form one group of their own.</param>
/// <param name="Member">Whether the actor is a member of the coalition, for the edges from members into non-members.</param>
public sealed record NetworkNode(string Id, string? Kind = null, string? Group = null, bool Member = false);
