namespace Willing.Storage.Tests;

public sealed class CaseDiffTests
{
    private const string Before = """
        id: a
        name: A
        period: { start: 1999, end: 2000 }
        actors:
          - { id: uk, kind: state }
          - { id: fr, kind: state }
        ties:
          - { from: uk, to: fr }
        notes: n
        """;

    [Fact]
    public void Compare_SameValuesReordered_NoChange()
    {
        const string after = """
            name: 'A'
            id: a
            period:
              end: 2000
              start: 1999
            actors:
              - { kind: state, id: uk }
              - { id: fr, kind: state }
            ties:
              - { to: fr, from: uk }
            notes: n
            """;

        Assert.Empty(CaseDiff.Compare(Before, after));
    }

    [Fact]
    public void Compare_Edits_NamesEachFieldAndItem()
    {
        const string after = """
            id: a
            name: B
            period: { start: 1998, end: 2000, note: x }
            actors:
              - { id: uk, kind: organization }
              - { id: de, kind: state }
            ties:
              - { from: uk, to: de }
            summary: s
            """;

        Assert.Equal(
            [
                "changed name", "changed period.start", "added period.note", "changed actors[uk]", "added actors[de]", "removed actors[fr]",
                "changed ties", "added summary", "removed notes",
            ],
            CaseDiff.Compare(Before, after).Select(c => c.ToString()));
    }

    [Fact]
    public void Compare_NewCase_EveryFieldAdded()
    {
        Assert.Equal(["id", "name", "period", "actors", "ties", "notes"], CaseDiff.Compare(null, Before).Select(c => c.Path));
        Assert.All(CaseDiff.Compare(null, Before), c => Assert.Equal(FieldChangeKind.Added, c.Kind));
    }

    [Theory]
    [InlineData("changed name")]
    [InlineData("added memberships[uk]")]
    [InlineData("removed trigger.kind")]
    public void ToString_Parse_RoundTrips(string line) => Assert.Equal(line, FieldChange.Parse(line).ToString());
}
