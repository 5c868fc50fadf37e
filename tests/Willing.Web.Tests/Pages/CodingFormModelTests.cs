using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Web.Pages;
using Xunit.Abstractions;

namespace Willing.Web.Tests.Pages;

public sealed class CodingFormModelTests(PagesFixture fixture, ITestOutputHelper output) : IClassFixture<PagesFixture>
{
    [Fact]
    public async Task The_form_makes_a_case_file_that_reads_with_actors_resolved_and_the_leader_marked()
    {
        var known = await Known();
        var form = CodingForm.FromForm(Form(CodingFormTests.SmallCoalition()));
        var coded = form.Build(known);
        output.WriteLine(coded.Text);
        var read = CaseFileReader.Read("cluster-test-2007.yaml", coded.Text);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        var c = read.Coalition!;
        Assert.Equal(["NOR", "IRL", "NZL", "AUT", "cluster-munition-coalition"], c.Actors.Select(a => a.Id.Value));
        Assert.Equal("Cluster Munition Coalition", c.Actors[4].Name);
        Assert.Equal(ActorKind.NgoNetwork, c.Actors[4].Kind);
        Assert.Equal([new ActorId("NOR")], c.Leaders);
        Assert.Equal(["oslo-conference", "signature-in-oslo"], c.Events.Select(e => e.Id.Value));
        Assert.Equal("p. 12", c.Period.Provenance.LocatorOf(new SourceId("borrie-2009")));
        Assert.Equal(new ActorId("cluster-munition-coalition"), Assert.Single(c.Ties).From);
        Assert.Equal(false, c.Trigger.LeaderDirectlyThreatened);
    }

    [Fact]
    public async Task Each_error_of_the_file_is_placed_at_the_field_it_came_from()
    {
        var known = await Known();
        var values = CodingFormTests.SmallCoalition();
        values.RemoveAll(v => v.Key is "actors[2].joined" or "events[0].sources" or "sources[1].url" or "summary");
        values.AddRange([new("actors[2].joined", "2007-02-30"), new("sources[1].url", "ftp://example.org"), new("actors[3].roles", "core-group-member, chef")]);
        values.RemoveAll(v => v.Key == "actors[3].roles" && v.Value == "core-group-member");
        // An empty row between filled ones: the rows after it keep their own fields.
        values = [.. values.Select(v => v.Key.StartsWith("events[1]", StringComparison.Ordinal) ? new KeyValuePair<string, string>(v.Key.Replace("events[1]", "events[3]", StringComparison.Ordinal), v.Value) : v)];
        values.Add(new("events[3].kind", "partyy"));
        values.RemoveAll(v => v.Key == "events[3].kind" && v.Value == "signature");
        var form = CodingForm.FromForm(Form(values));
        var coded = form.Build(known);
        var located = CodingForm.Locate(coded, CaseFileReader.Read("x.yaml", coded.Text).Errors);
        foreach (var e in located)
            output.WriteLine($"{e.Field} ← {e.Path}: {e.Message}");
        Assert.Contains(located, e => e.Field == "summary");
        Assert.Contains(located, e => e.Field == "actors[2].joined");
        Assert.Contains(located, e => e.Field == "events[0].sources");
        Assert.Contains(located, e => e.Field == "sources[1].url");
        Assert.Contains(located, e => e.Field == "actors[3].roles" && e.Message.Contains("chef", StringComparison.Ordinal));
        Assert.Contains(located, e => e.Field == "events[3].kind" && e.Message.Contains("partyy", StringComparison.Ordinal));
        Assert.All(located, e => Assert.NotNull(e.Field));
        Assert.Equal(4, form.Rows(CodingForm.Events));
    }

    [Fact]
    public void A_draft_round_trips_and_a_foreign_draft_opens_empty()
    {
        var form = CodingForm.FromForm(Form([new("name", "Drafted"), new("actors[7].actor", "CAN"), new("rows.events", "4"), new("bogus", "x"), new("actors[999].actor", "x")]));
        var again = CodingForm.FromDraft("k", form.ToDraft());
        Assert.Equal("Drafted", again["name"]);
        Assert.Equal("CAN", again["actors[7].actor"]);
        Assert.Equal(8, again.Rows(CodingForm.Actors));
        Assert.Equal(4, again.Rows(CodingForm.Events));
        Assert.Equal(string.Empty, again["bogus"]);
        Assert.True(CodingForm.FromDraft("k", "id: not json").IsEmpty);
        Assert.Equal("k", again.NewDraftKey(DateTimeOffset.UnixEpoch));
        Assert.Equal("drafted", form.NewDraftKey(DateTimeOffset.UnixEpoch));
        Assert.Equal("draft-19700101-000000", CodingForm.New().NewDraftKey(DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Text_that_YAML_would_read_otherwise_stays_text()
    {
        var form = CodingForm.FromForm(Form([new("name", "null"), new("summary", "line one\nline two: with # and 'quotes' and \"more\""), new("id", "x-1")]));
        var coded = form.Build(KnownActorsEmpty());
        var tree = CaseFileReader.Read("x.yaml", coded.Text);
        Assert.DoesNotContain(tree.Errors, e => e.FieldPath is "name" or "summary");
    }

    private async Task<KnownActors> Known()
    {
        var data = fixture.Server.App.Services.GetRequiredService<WorkbenchData>();
        return KnownActors.Of(await data.CurrentAsync());
    }

    private KnownActors KnownActorsEmpty() => Known().GetAwaiter().GetResult();

    private static FormCollection Form(IEnumerable<KeyValuePair<string, string>> values) =>
        new(values.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => new StringValues([.. g.Select(v => v.Value)])));
}
