using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Core.Sources;

namespace Willing.Core.Tests.Sources;

public class SourceMixTests
{
    // Line by line: which facts rest on which kinds of source.
    private const string Text = """
        id: mix-test
        name: Source mix test
        summary: A coalition whose facts rest on sources of every strength.
        issue_area: { category: trade, sources: [book] }
        period: { start: 2004, sources: [blog] }
        trigger: { kind: other, sources: [forum] }
        institutions: { relation: none, sources: [proxy] }
        venue: { kind: ad-hoc, sources: [blog, news] }
        sources:
          - { id: book, citation: An imaginary handbook, kind: academic }
          - { id: seed, citation: Cooper 2005, kind: academic, paper: true }
          - { id: copy, url: https://example.org/mirror/1, kind: mirror, mirrors: An imaginary wire story }
          - { id: news, url: https://example.org/news/1, kind: news }
          - { id: blog, url: https://blog.example.org/post, kind: blog }
          - { id: forum, url: https://forum.example.org/t/1, kind: forum }
          - { id: proxy, url: https://www.example.com.fanyv88.com/story, kind: news }
          - { id: unused, citation: A yearbook, kind: reference }
        actors:
          - { id: USA, kind: state }
          - { id: CHL, kind: state }
        memberships:
          - actor: USA
            roles: [leader]
            justifications:
              - { kind: security, description: Security, sources: [{ id: seed, at: "§2" }] }
            sources: [copy]
          - { actor: CHL, roles: [political-supporter], sources: [book, blog], alternatives: [{ field: roles, value: opponent, sources: [book] }] }
        ties:
          - { from: CHL, to: USA, kind: coordination, sources: [blog], alternatives: [{ field: kind, value: lobbying, sources: [news] }] }
        """;

    private static readonly Lazy<SourceMix> Mix = new(() =>
    {
        var result = CaseFileReader.Read("mix.yaml", Text);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return SourceMix.Of(result.Coalition!);
    });

    [Fact]
    public void Of_CountsDeclaredSourcesByKind()
    {
        var mix = Mix.Value;

        Assert.Equal(new CoalitionId("mix-test"), mix.Case);
        Assert.Equal(8, mix.Sources);
        Assert.Equal(
            ["academic:2", "blog:1", "forum:1", "mirror:1", "news:2", "official:0", "primary:0", "reference:1"],
            mix.ByKind.Select(k => $"{k.Key}:{k.Value}").ToArray());
    }

    [Fact]
    public void Of_CountsEverySourcedFact()
    {
        // issue area, period, trigger, institutions, venue, two memberships, one justification, one tie
        Assert.Equal(9, Mix.Value.Facts);
    }

    [Fact]
    public void WeakOnly_BlogForumAndProxyAddressAlone()
    {
        Assert.Equal(
            [("period", "blog"), ("trigger", "forum"), ("institutions", "proxy"), ("ties[0]", "blog")],
            Mix.Value.WeakOnly.Select(w => (w.Path, string.Join(' ', w.Sources.Select(s => s.Value)))).ToArray());
    }

    [Fact]
    public void WeakOnly_ABlogBesideANewsSourceIsNotWeak()
    {
        var paths = Mix.Value.WeakOnly.Select(w => w.Path).ToList();

        Assert.DoesNotContain("venue", paths);
        Assert.DoesNotContain("memberships[1]", paths);
    }

    [Fact]
    public void WeakOnly_AlternativesDoNotCountAsSupport()
    {
        // The tie's alternative cites a news source; the tie itself rests on the blog alone.
        Assert.Contains(Mix.Value.WeakOnly, w => w.Path == "ties[0]");
    }

    [Fact]
    public void MirrorOnly_TheFactsCitingOnlyAMirror()
    {
        Assert.Equal(["memberships[0]"], Mix.Value.MirrorOnly.Select(w => w.Path).ToArray());
    }

    [Fact]
    public void PaperOnly_TheFactsCitingOnlyThePaper()
    {
        var paperOnly = Assert.Single(Mix.Value.PaperOnly);

        Assert.Equal("memberships[0].justifications[0]", paperOnly.Path);
        Assert.Equal([new SourceId("seed")], paperOnly.Sources.ToArray());
    }

    [Fact]
    public void MirrorShare_MirrorsOverDeclaredSources() => Assert.Equal(1.0 / 8, Mix.Value.MirrorShare);

    [Fact]
    public void IsProxyAddress_ProxyHostAndItsSubdomainsOnly()
    {
        static Source Of(string url, SourceKind kind) => new(new SourceId("s"), new Uri(url), null, kind, null);

        Assert.True(Of("https://www.example.com.fanyv88.com/story", SourceKind.News).IsProxyAddress);
        Assert.True(Of("https://fanyv88.com/story", SourceKind.News).IsWeak);
        Assert.False(Of("https://notfanyv88.com/story", SourceKind.News).IsProxyAddress);
        Assert.False(Of("https://example.org/story", SourceKind.News).IsWeak);
        Assert.True(Of("https://example.org/story", SourceKind.Blog).IsWeak);
        Assert.True(Of("https://example.org/story", SourceKind.Forum).IsWeak);
        Assert.False(Of("https://example.org/story", SourceKind.Mirror).IsWeak);
    }
}
