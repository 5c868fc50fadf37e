using Willing.Networks.Metrics;

namespace Willing.Networks.Tests;

public class CompositionTests
{
    private static Graph Mixed(bool directed)
    {
        // us, gb (states, members), msf (an NGO, member), icrc (an NGO), ch (a state).
        var b = new GraphBuilder(directed);
        b.AddNode("us", kind: "state", member: true);
        b.AddNode("gb", kind: "state", member: true);
        b.AddNode("msf", kind: "ngo", member: true);
        b.AddNode("icrc", kind: "ngo");
        b.AddNode("ch", kind: "state");
        b.AddEdge("us", "gb", 2);
        b.AddEdge("us", "msf");
        b.AddEdge("msf", "icrc");
        b.AddEdge("gb", "ch");
        b.AddEdge("icrc", "us");
        return b.Build();
    }

    [Fact]
    public void CrossClass_StatesAndNonStates_CountsAndShares()
    {
        // us–msf, msf–icrc? no (both NGOs), icrc–us: 2 of 5 edges cross; weight 2 of 6.
        var share = Composition.CrossClass(Mixed(false), n => n.Kind == "state");
        Assert.Equal(2, share.Count);
        Assert.Equal(0.4, share.Share, 15);
        Assert.Equal(2.0 / 6, share.WeightShare, 15);
    }

    [Fact]
    public void MembersIntoNonMembers_Directed_SourceMemberOnly()
    {
        // msf→icrc and gb→ch leave the membership; icrc→us enters it and does not count. Members send 4 edges.
        var share = Composition.MembersIntoNonMembers(Mixed(true));
        Assert.Equal(2, share.Count);
        Assert.Equal(0.4, share.Share, 15);
        Assert.Equal(0.5, share.OfBase, 15);
    }

    [Fact]
    public void MembersIntoNonMembers_Undirected_OneEndMember()
    {
        // msf–icrc, gb–ch, icrc–us: 3 of 5 edges; all 5 touch a member.
        var share = Composition.MembersIntoNonMembers(Mixed(false));
        Assert.Equal(3, share.Count);
        Assert.Equal(0.6, share.OfBase, 15);
    }
}
