using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Core.Writing;

namespace Willing.Core.Tests.Writing;

/// <summary>The case-file writer: what it writes reads back as the same coalition, and a second write gives the same bytes.</summary>
public class CaseFileWriterTests
{
    private static readonly Lazy<CaseBase> Base = new(() =>
    {
        var result = CaseBase.LoadBuiltIn();
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.CaseBase!;
    });

    // The JSON conventions of the CLI (src/Willing.Cli/Output/Json.cs), as a structural comparison:
    // records holding ImmutableArray do not compare their arrays by content.
    private static string Json(Coalition coalition) => CanonicalJson.Of(coalition);

    private static Coalition Case(string id) => Base.Value.Find(id) ?? throw new InvalidOperationException($"no case {id}");

    private static Coalition ReadBack(string text)
    {
        var result = CaseFileReader.Read("written.yaml", text);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors) + Environment.NewLine + text);
        return result.Coalition!;
    }

    public static TheoryData<string> CaseIds() => [.. Base.Value.Coalitions.Select(c => c.Id.Value)];

    [Fact]
    public void CaseIds_AreTheTwentyEightBuiltInCases() => Assert.Equal(28, CaseIds().Count);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Write_BuiltInCase_ReadsBackEqual(string id)
    {
        var original = Case(id);

        var text = CaseFileWriter.Write(original);
        var reread = ReadBack(text);

        Assert.Equal(Json(original), Json(reread));
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Write_AfterReadingItsOwnOutput_GivesTheSameBytes(string id)
    {
        string first = CaseFileWriter.Write(Case(id));

        string second = CaseFileWriter.Write(ReadBack(first));

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Write_SameCoalitionTwice_IsDeterministicWithLfLineEnds(string id)
    {
        var coalition = Case(id);

        string first = CaseFileWriter.Write(coalition);
        string second = CaseFileWriter.Write(coalition);

        Assert.Equal(first, second);
        Assert.DoesNotContain('\r', first);
        Assert.StartsWith("# ", first, StringComparison.Ordinal);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EquivalentCoalitionsBuiltSeparately_GiveTheSameBytes()
    {
        // A second, independent read of the same file is an equal coalition made of different objects.
        var original = Case("iraq-2003");
        var copy = ReadBack(CaseFileWriter.Write(original));

        Assert.NotSame(original, copy);
        Assert.Equal(Encoding.UTF8.GetBytes(CaseFileWriter.Write(original)), Encoding.UTF8.GetBytes(CaseFileWriter.Write(copy)));
    }

    public static TheoryData<string> AwkwardTexts() =>
    [
        "Colon: inside",
        "ends with a colon:",
        "hash # inside",
        "#starts with a hash",
        "- leading dash",
        "-",
        "? question",
        "say \"quoted\" words",
        "it's 'single' quoted",
        "\"",
        "'",
        "first line\nsecond line",
        "trailing newline\n",
        "\nleading newline",
        "two\n\nbreaks",
        "tab\tinside",
        "\tleading tab",
        "trailing tab\t",
        "null",
        "Null",
        "NULL",
        "~",
        "true",
        "false",
        "yes",
        "123",
        "-12.5e3",
        "0x1F",
        "2003-03-19",
        " leading space",
        "trailing space ",
        "  ",
        "Lysøen, Genève, Straße, Łódź — “typographic” quotes",
        "日本語と한국어",
        "emoji 😀 and € sign",
        "[flow, like]",
        "{ flow: mapping }",
        "a, b, c",
        "&anchor",
        "*alias",
        "!tag",
        "%directive",
        "@at",
        "`backtick",
        "| literal",
        "> folded",
        "---",
        "...",
        "--- document marker inside",
        "back\\slash",
        "a very long text " + string.Concat(Enumerable.Repeat("that goes on and on, with: colons and # hashes ", 12)),
    ];

    [Theory]
    [MemberData(nameof(AwkwardTexts))]
    public void Write_AwkwardText_RoundTrips(string text)
    {
        var coalition = WithText(Case("alba-1997"), text);

        var reread = ReadBack(CaseFileWriter.Write(coalition));

        Assert.Equal(Json(coalition), Json(reread));
        Assert.Equal(text, reread.Notes);
        Assert.Equal(text, reread.Events[0].Place);
        Assert.Equal(text, reread.Sources[0].Note);
    }

    [Theory]
    [InlineData("carriage\r\nreturn")]
    [InlineData("line\u2028separator")]
    [InlineData("next\u0085line")]
    [InlineData("bidi \u202E override")]
    [InlineData("escape \u001B[31m")]
    public void Write_TextWithCharactersCaseFilesForbid_IsRefusedOnReadingWithALocatedError(string text)
    {
        // The reader refuses control, line-breaking and bidi-override characters in text (they could
        // rewrite a terminal line); the writer still writes them faithfully, escaped.
        var coalition = WithText(Case("alba-1997"), text);

        var result = CaseFileReader.Read("odd.yaml", CaseFileWriter.Write(coalition));

        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.Contains("is not allowed in a case file's text", e.Message, StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.True(e.Line > 1 && e.Column >= 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("NULL")]
    public void Write_TextTheReaderWouldTakeForNull_StaysText(string text)
    {
        var coalition = Case("alba-1997") with { Notes = text };

        string yaml = CaseFileWriter.Write(coalition);
        var reread = ReadBack(yaml);

        Assert.Equal(text, reread.Notes);
        Assert.Contains($"notes: \"{text}\"\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RandomTexts_RoundTrip()
    {
        // Seeded, so a failure can be replayed; the alphabet is the characters YAML treats specially.
        string[] pieces =
        [
            "a", "Z", "1", "0.5", " ", "  ", ":", ": ", "#", " #", "-", "- ", "?", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">",
            "'", "\"", "%", "@", "`", "\\", "\n", "\n\n", "\t", "ø", "€", "😀", "\uFEFF", "null",
            "true", "~", "---", "...", "word ",
        ];
        var random = new Random(20250101);
        var template = Case("alba-1997");
        for (int i = 0; i < 400; i++)
        {
            var sb = new StringBuilder();
            int count = random.Next(0, 40);
            for (int j = 0; j < count; j++)
                sb.Append(pieces[random.Next(pieces.Length)]);
            string text = sb.ToString();

            var coalition = WithText(template, text);
            string yaml = CaseFileWriter.Write(coalition);
            var result = CaseFileReader.Read("random.yaml", yaml);

            Assert.True(result.Succeeded, $"text #{i} {JsonSerializer.Serialize(text)}: {string.Join("; ", result.Errors)}");
            Assert.Equal(Json(coalition), Json(result.Coalition!));
            Assert.Equal(yaml, CaseFileWriter.Write(result.Coalition!));
        }
    }

    [Fact]
    public void Write_ListEntryWithItsOwnProvenance_KeepsIt()
    {
        var iraq = Case("iraq-2003");
        var list = iraq.Lists.First(l => l.Entries.Length > 1);
        var other = iraq.Sources.First(s => !s.IsPaper && !list.Provenance.Sources.Contains(s.Id)).Id;
        var entries = list.Entries.SetItem(0, list.Entries[0] with { Provenance = new Provenance([other], Confidence.Low, "own note") });
        var coalition = iraq with { Lists = iraq.Lists.Replace(list, list with { Entries = entries }) };

        var reread = ReadBack(CaseFileWriter.Write(coalition));

        Assert.Equal(Json(coalition), Json(reread));
        var entry = reread.Lists.Single(l => l.Id == list.Id).Entries[0];
        Assert.Equal(other, Assert.Single(entry.Provenance.Sources));
        Assert.Equal(Confidence.Low, entry.Provenance.Confidence);
    }

    [Fact]
    public void Write_SeriesPointsOutOfOrder_AreWrittenInDateOrderAsTheReaderKeepsThem()
    {
        var alba = Case("alba-1997");
        var series = alba.Series[0];
        var p = series.Provenance;
        ImmutableArray<SeriesPoint> points =
        [
            new(PartialDate.Parse("1997-06"), 3m, p),
            new(PartialDate.Parse("1997"), 1.50m, p),
            new(PartialDate.Parse("1997-04-15"), 2m, p),
        ];
        var coalition = alba with { Series = alba.Series.SetItem(0, series with { Points = points }) };

        string yaml = CaseFileWriter.Write(coalition);
        var reread = ReadBack(yaml);

        Assert.Equal(["1997", "1997-04-15", "1997-06"], reread.Series[0].Points.Select(x => x.Date.ToString()));
        Assert.Equal(1.50m, reread.Series[0].Points[0].Value);
        Assert.Equal("1.50", reread.Series[0].Points[0].Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(yaml, CaseFileWriter.Write(reread));
    }

    /// <summary>Puts the text into text fields all over a coalition: required ones only when the reader accepts it there.</summary>
    private static Coalition WithText(Coalition c, string text)
    {
        bool nonBlank = !string.IsNullOrWhiteSpace(text);
        var source = c.Sources[0] with { Note = text, Citation = nonBlank ? text : c.Sources[0].Citation };
        var actor = c.Actors[0] with { Name = nonBlank ? text : c.Actors[0].Name, Position = text };
        var ev = c.Events[0] with
        {
            Name = text,
            Place = text,
            Document = text,
            Description = text,
            Provenance = c.Events[0].Provenance with
            {
                Note = text,
                Alternatives = nonBlank ? [new Alternative("place", text, c.Events[0].Provenance.Sources, text, Confidence.Medium)] : [],
            },
        };
        return c with
        {
            Name = nonBlank ? text : c.Name,
            Summary = nonBlank ? text : c.Summary,
            Notes = text,
            IssueArea = c.IssueArea with { Description = text },
            Period = c.Period with { Provenance = c.Period.Provenance with { Note = text } },
            Cooper = c.Cooper is null ? null : c.Cooper with { Passage = text, Note = text },
            Institutions = c.Institutions with { Forum = text },
            Sources = c.Sources.SetItem(0, source),
            Actors = c.Actors.SetItem(0, actor),
            Events = c.Events.SetItem(0, ev),
        };
    }
}
