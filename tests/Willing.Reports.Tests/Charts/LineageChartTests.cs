using System.Globalization;
using System.Xml.Linq;
using Willing.Core.Model;
using Willing.Reports.Charts;

namespace Willing.Reports.Tests.Charts;

public sealed class LineageChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static LineageChart BuiltInChart() => new(Fixtures.BuiltIn.Lineage);

    /// <summary>The SVG's groups of one class (<c>lineage-node</c>, <c>lineage-link</c>).</summary>
    private static List<XElement> Groups(string svg, string kind) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.Split(' ').Contains(kind) == true)];

    private static LabelPlacer.Box RectBox(XElement rect)
    {
        double Get(string name) => double.Parse((string)rect.Attribute(name)!, CultureInfo.InvariantCulture);
        return new LabelPlacer.Box(Get("x"), Get("y"), Get("x") + Get("width"), Get("y") + Get("height"));
    }

    private static LabelPlacer.Box NodeBox(XElement node) => RectBox(node.Element(Svg + "rect")!);

    private static Antecedent Link(string earlier, LineageRelation relation, string? lesson = null) =>
        new(new CoalitionId(earlier), relation, lesson, Provenance.Of(new SourceId("seed")));

    /// <summary>A coalition like the Gulf War's file under another id, start and antecedents.</summary>
    private static Coalition Case(string id, int year, params Antecedent[] antecedents)
    {
        var template = Fixtures.BuiltIn.Coalitions[0];
        return template with
        {
            Id = new CoalitionId(id),
            Period = template.Period with { Start = PartialDate.FromYear(year), End = null },
            Antecedents = [.. antecedents],
        };
    }

    [Fact]
    public void ToSvg_BuiltIn_HasOneNodePerCaseInALinkAndOneArrowPerLink()
    {
        var coalitions = Fixtures.BuiltIn.Coalitions;
        var expectedLinks = coalitions.SelectMany(c => c.Antecedents.Select(a => (From: a.Case.Value, To: c.Id.Value, Relation: KebabCase.Name(a.Relation)))).ToList();
        var expectedCases = expectedLinks.SelectMany(l => (string[])[l.From, l.To]).ToHashSet();
        string svg = BuiltInChart().ToSvg();

        var nodes = Groups(svg, "lineage-node");
        var links = Groups(svg, "lineage-link");

        Assert.Equal(6, expectedLinks.Count); // Gulf → Kosovo, Gulf → Iraq, Kosovo → Iraq, Iraq → the unwilling, Gulf → UNITAF, Iraq → Libya
        Assert.Equal(expectedCases.Count, nodes.Count);
        Assert.Equal(expectedCases.Order(StringComparer.Ordinal), nodes.Select(n => (string)n.Attribute("data-case")!).Order(StringComparer.Ordinal));
        Assert.Equal(
            expectedLinks.Order(),
            links.Select(l => (From: (string)l.Attribute("data-from")!, To: (string)l.Attribute("data-to")!, Relation: (string)l.Attribute("data-relation")!)).Order());
        Assert.All(links, l =>
        {
            Assert.Single(l.Elements(Svg + "path"), p => (string?)p.Attribute("class") == "lineage-arrow");
            Assert.Single(l.Elements(Svg + "path"), p => (string?)p.Attribute("class") == "lineage-head");
        });
    }

    [Fact]
    public void ToSvg_EachArrow_IsLabelledWithItsRelationAndTheShortenedLesson_TheWholeLessonInItsTooltip()
    {
        var kosovo = Fixtures.BuiltIn.Coalition(new CoalitionId("iraq-2003")).Antecedents.Single(a => a.Case.Value == "kosovo-1999");
        string svg = BuiltInChart().ToSvg();

        var link = Groups(svg, "lineage-link").Single(l => (string?)l.Attribute("data-from") == "kosovo-1999" && (string?)l.Attribute("data-to") == "iraq-2003");
        var texts = link.Elements(Svg + "text").Select(t => t.Value).ToList();

        Assert.Equal("lesson-drawn (reading)", texts[0]);
        Assert.Equal(LineageLayout.Shorten(kosovo.Lesson!, LineageLayout.LessonLength), texts[1]);
        Assert.EndsWith("…", texts[1], StringComparison.Ordinal);
        Assert.True(texts[1].Length <= LineageLayout.LessonLength);
        Assert.Contains(kosovo.Lesson!, link.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains("seed §3, notes 16-18", link.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_AntecedentNotInTheCaseBase_IsDashedAndLeftOfTheTimeAxis()
    {
        var coalitions = Fixtures.BuiltIn.Coalitions
            .Select(c => c.Id.Value == "kosovo-1999" ? c with { Antecedents = [.. c.Antecedents, Link("bosnia-1995", LineageRelation.Precedent, "Dayton")] } : c);
        string svg = new LineageChart(LineageGraph.Of(coalitions)).ToSvg();

        var nodes = Groups(svg, "lineage-node");
        var undeclared = Assert.Single(nodes, n => ((string)n.Attribute("class")!).Contains("undeclared", StringComparison.Ordinal));

        Assert.Equal("bosnia-1995", (string?)undeclared.Attribute("data-case"));
        Assert.NotNull(undeclared.Element(Svg + "rect")!.Attribute("stroke-dasharray"));
        Assert.All(nodes.Where(n => n != undeclared), n => Assert.Null(n.Element(Svg + "rect")!.Attribute("stroke-dasharray")));
        Assert.All(nodes.Where(n => n != undeclared), n => Assert.True(NodeBox(undeclared).Right < NodeBox(n).Left));
        Assert.Contains("not in the case base", undeclared.Elements(Svg + "text").Select(t => t.Value));
        Assert.Contains("undated", Fixtures.SvgTexts(svg));
        Assert.Single(Groups(svg, "lineage-link"), l => (string?)l.Attribute("data-from") == "bosnia-1995");
    }

    [Fact]
    public void ToSvg_Nodes_AreOrderedByStartYearOnX()
    {
        var coalitions = new[]
        {
            Case("a-1992", 1992),
            Case("b-1995", 1995, Link("a-1992", LineageRelation.Precedent)),
            Case("c-1995", 1995, Link("a-1992", LineageRelation.Continuation)),
            Case("d-2001", 2001, Link("b-1995", LineageRelation.LessonDrawn, "learnt"), Link("c-1995", LineageRelation.CounterCoalition)),
            Case("e-2010", 2010, Link("a-1992", LineageRelation.LessonDrawn, "a long lesson that runs well past the length a label can show")),
        };
        var years = coalitions.ToDictionary(c => c.Id.Value, c => c.Period.Start.Year);

        foreach (string svg in new[] { new LineageChart(LineageGraph.Of(coalitions)).ToSvg(), BuiltInChart().ToSvg() })
        {
            var centres = Groups(svg, "lineage-node")
                .Select(n => (Year: Year((string)n.Attribute("data-case")!), X: NodeBox(n).CenterX))
                .OrderBy(n => n.Year)
                .ToList();

            Assert.True(centres.Count >= 4);
            for (int i = 1; i < centres.Count; i++)
            {
                if (centres[i].Year == centres[i - 1].Year)
                    Assert.Equal(centres[i - 1].X, centres[i].X, 0.01);
                else
                    Assert.True(centres[i - 1].X < centres[i].X, $"{centres[i - 1].Year} is drawn right of {centres[i].Year}");
            }
        }

        int Year(string id) => years.TryGetValue(id, out int y) ? y : Fixtures.BuiltIn.Coalition(new CoalitionId(id)).Period.Start.Year;
    }

    [Fact]
    public void ToSvg_LabelsOverlapNeitherEachOtherNorTheBoxes()
    {
        var coalitions = new[]
        {
            Case("first", 1990),
            Case("second", 1991, Link("first", LineageRelation.Precedent, "close in time, so the labels crowd")),
            Case("third", 1991, Link("first", LineageRelation.LessonDrawn, "a second lesson from the same year")),
            Case("fourth", 1992, Link("second", LineageRelation.Continuation), Link("third", LineageRelation.CounterCoalition, "a third")),
        };

        foreach (string svg in new[] { new LineageChart(LineageGraph.Of(coalitions)).ToSvg(), BuiltInChart().ToSvg() })
        {
            var boxes = Groups(svg, "lineage-node").Select(NodeBox)
                .Concat(Groups(svg, "lineage-link").Select(l => RectBox(l.Element(Svg + "rect")!)))
                .ToList();

            for (int i = 0; i < boxes.Count; i++)
            {
                for (int j = i + 1; j < boxes.Count; j++)
                    Assert.False(boxes[i].Intersects(boxes[j]), $"boxes {i} and {j} overlap");
            }
        }
    }

    [Fact]
    public void ToSvg_IsTheSameEveryTime()
    {
        var chart = BuiltInChart();

        Assert.Equal(chart.ToSvg(), chart.ToSvg());
        Assert.Equal(chart.ToSvg(), new LineageChart(LineageGraph.Of(Fixtures.BuiltInCases(), Fixtures.BuiltIn.Classifications)).ToSvg());
        Assert.Equal(chart.ToPng(), chart.ToPng());
    }

    [Fact]
    public void ToSvg_HasATitleAndADescriptionNamingEveryLink()
    {
        var chart = BuiltInChart();
        var root = XDocument.Parse(chart.ToSvg()).Root!;

        Assert.Equal(chart.Title, root.Element(Svg + "title")!.Value);
        Assert.Equal("lineage-title", (string?)root.Attribute("aria-labelledby"));
        string desc = root.Element(Svg + "desc")!.Value;
        Assert.Contains("kosovo-1999 (1999) → iraq-2003 (2003): lesson-drawn", desc, StringComparison.Ordinal);
        Assert.Contains("gulf-war-1991 (1990) → kosovo-1999 (1999): precedent", desc, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPng_IsAPngOfTheDefaultSize()
    {
        var chart = BuiltInChart();

        Assert.Equal((chart.Width, chart.Height), Fixtures.PngSize(chart.ToPng()));
        Assert.Equal(1100, chart.Width);
    }

    [Fact]
    public void ToSvg_TextFromTheCaseFiles_IsEscaped()
    {
        const string lesson = "<script>alert(1)</script> & \"quoted\"";
        var coalitions = new[] { Case("<a>", 1990), Case("b&c", 1995, Link("<a>", LineageRelation.Precedent, lesson)) };

        string svg = new LineageChart(LineageGraph.Of(coalitions)).ToSvg();

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        var link = Assert.Single(Groups(svg, "lineage-link"));
        Assert.Equal("<a>", (string?)link.Attribute("data-from"));
        Assert.Contains(lesson, link.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, 200)]
    [InlineData(3000, 900)]
    public void ToSvg_AnySize_LaysOutWithoutFailing(int width, int height)
    {
        string svg = BuiltInChart().ToSvg(width, height);

        Assert.Equal(6, Groups(svg, "lineage-node").Count);
        Assert.Equal(6, Groups(svg, "lineage-link").Count);
    }

    [Fact]
    public void Constructor_NoLinks_Throws()
    {
        Assert.Throws<ArgumentException>(() => new LineageChart(LineageGraph.Of([Case("alone", 2000)])));
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("No fighting by committee: NATO's need", 30, "No fighting by committee…")]
    [InlineData("one   two\nthree", 20, "one two three")]
    [InlineData("unbreakablewordthatgoeson", 10, "unbreakab…")]
    public void Shorten_CutsAtAWordWithAnEllipsis(string text, int length, string expected)
    {
        Assert.Equal(expected, LineageLayout.Shorten(text, length));
    }
}
