namespace Willing.Networks.Metrics;

/// <summary>How often a node brokers between two others in each of Gould and Fernandez's (1989) roles, by the groups of the three.</summary>
/// <param name="Coordinator">A → B → C all in B's group (w_I).</param>
/// <param name="Itinerant">A and C in one group, the broker B in another (w_O; also called consultant).</param>
/// <param name="Gatekeeper">B and C in one group, A outside it: B lets an outsider in (b_OI).</param>
/// <param name="Representative">A and B in one group, C outside it: B speaks for its group (b_IO).</param>
/// <param name="Liaison">A, B and C in three different groups (b_O).</param>
public readonly record struct BrokerageRoles(int Coordinator, int Itinerant, int Gatekeeper, int Representative, int Liaison)
{
    /// <summary>All brokerage relations of the node, in any role.</summary>
    public int Total => Coordinator + Itinerant + Gatekeeper + Representative + Liaison;
}
