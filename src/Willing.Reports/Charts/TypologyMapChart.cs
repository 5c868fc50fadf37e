using System.Collections.Immutable;
using ScottPlot;
using Willing.Typology;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Reports.Charts;

/// <summary>
/// Every case as a labelled point on two of the sets (1 = model-one pole), coloured by its model,
/// with the crossover lines at 0.5 and each quadrant named by the poles it joins. The paper's two
/// readings of the space are <see cref="OrganizationMotivation"/> (how and why) and
/// <see cref="ActornessTrigger"/> (with whom and under what conditions).
/// </summary>
public sealed class TypologyMapChart : Chart
{
    private const double Low = -0.1;
    private const double High = 1.1;
    private const float LabelSize = 12;
    private const float QuadrantSize = 12;

    /// <summary>A map of the cases on <paramref name="x"/> against <paramref name="y"/>, 960 × 720 pixels by default.</summary>
    /// <param name="cases">The classified cases; those without data on either set are listed, not drawn.</param>
    /// <param name="x">The set on the horizontal axis.</param>
    /// <param name="y">The set on the vertical axis.</param>
    /// <param name="codebook">When given, a quadrant whose every cell the codebook tags logically impossible or theoretically unexpected says so.</param>
    public TypologyMapChart(IEnumerable<CaseClassification> cases, Axis x, Axis y, TypologyCodebook? codebook = null)
        : base(
            $"typology-map-{AxisInfo.Letter(x).ToLowerInvariant()}{AxisInfo.Letter(y).ToLowerInvariant()}",
            $"Typology map: {AxisLabels.Title(x)} × {AxisLabels.Title(y)}",
            960,
            720)
    {
        if (x == y)
            throw new ArgumentException("a map needs two different sets", nameof(y));
        var list = cases.ToImmutableArray();
        X = x;
        Y = y;
        Codebook = codebook;
        Drawn = [.. list.Where(c => c[x].Membership is not null && c[y].Membership is not null)];
        Omitted = [.. list.Where(c => c[x].Membership is null || c[y].Membership is null)];
    }

    /// <summary>The set on the horizontal axis.</summary>
    public Axis X { get; }

    /// <summary>The set on the vertical axis.</summary>
    public Axis Y { get; }

    /// <summary>The codebook whose cell tags mark impossible quadrants, if given.</summary>
    public TypologyCodebook? Codebook { get; }

    /// <summary>The cases drawn as points.</summary>
    public ImmutableArray<CaseClassification> Drawn { get; }

    /// <summary>The cases left out because they have no membership on one of the two sets.</summary>
    public ImmutableArray<CaseClassification> Omitted { get; }

    /// <summary>Organization (H, x) against motivation (C, y): Cooper's "how" and "why".</summary>
    public static TypologyMapChart OrganizationMotivation(IEnumerable<CaseClassification> cases, TypologyCodebook? codebook = null) =>
        new(cases, Axis.Organization, Axis.Motivation, codebook);

    /// <summary>Actorness (S, x) against trigger (T, y): "with whom" and "under what conditions".</summary>
    public static TypologyMapChart ActornessTrigger(IEnumerable<CaseClassification> cases, TypologyCodebook? codebook = null) =>
        new(cases, Axis.Actorness, Axis.Trigger, codebook);

    /// <summary>The name of a quadrant: "model one: hierarchical, coerced" for the model-one corner.</summary>
    public static string QuadrantLabel(Axis x, bool xModelOne, Axis y, bool yModelOne)
    {
        string prefix = (xModelOne, yModelOne) switch
        {
            (true, true) => "model one: ",
            (false, false) => "model two: ",
            _ => string.Empty,
        };
        return $"{prefix}{AxisLabels.Pole(x, xModelOne)}, {AxisLabels.Pole(y, yModelOne)}";
    }

    /// <inheritdoc />
    private protected override Plot Build(int width, int height)
    {
        var plot = ChartStyle.NewPlot();
        plot.Title(Title);
        ChartStyle.Crossover(plot, vertical: true, Low, High);
        ChartStyle.Crossover(plot, vertical: false, Low, High);
        foreach (var model in Enum.GetValues<ModelKind>())
        {
            var group = Drawn.Where(c => c.Model == model).ToList();
            if (group.Count == 0)
                continue;
            var points = plot.Add.ScatterPoints(group.Select(c => c[X].Membership!.Value).ToArray(), group.Select(c => c[Y].Membership!.Value).ToArray());
            points.Color = ChartStyle.ModelColor(model);
            points.MarkerSize = 10;
            points.LegendText = ReportText.Model(model);
        }

        plot.Axes.SetLimits(Low, High, Low, High);
        plot.Axes.Bottom.TickGenerator = ChartStyle.MembershipTicks();
        plot.Axes.Left.TickGenerator = ChartStyle.MembershipTicks();
        string xLabel = AxisLabels.WithPoles(X);
        if (!Omitted.IsEmpty)
            xLabel += $"\nnot shown (no data on {AxisInfo.Letter(X)} or {AxisInfo.Letter(Y)}): {string.Join(", ", Omitted.Select(c => c.Case.Value))}";
        plot.XLabel(xLabel, 14);
        plot.YLabel(AxisLabels.WithPoles(Y), 14);
        plot.ShowLegend(Edge.Right);

        // The layout is fixed once the axes, labels and legend are known; render once to learn where
        // the data area is, so that the point labels can be placed in pixels.
        plot.RenderInMemory(width, height);
        var rect = plot.LastRender.DataRect;
        var area = new LabelPlacer.Box(rect.Left + 2, rect.Top + 2, rect.Right - 2, rect.Bottom - 2);
        double PxX(double v) => rect.Left + ((v - Low) / (High - Low) * rect.Width);
        double PxY(double v) => rect.Bottom - ((v - Low) / (High - Low) * rect.Height);
        double DataX(double px) => Low + ((px - rect.Left) / rect.Width * (High - Low));
        double DataY(double py) => Low + ((rect.Bottom - py) / rect.Height * (High - Low));

        // Labels keep clear of the crossover lines, which they would otherwise seem to sit on.
        var obstacles = new List<LabelPlacer.Box>
        {
            new(PxX(0.5) - 3, rect.Top, PxX(0.5) + 3, rect.Bottom),
            new(rect.Left, PxY(0.5) - 3, rect.Right, PxY(0.5) + 3),
        };
        foreach (bool xOne in (bool[])[false, true])
        {
            foreach (bool yOne in (bool[])[false, true])
            {
                string text = QuadrantLabel(X, xOne, Y, yOne);
                if (QuadrantTag(xOne, yOne) is { } tag)
                    text += tag == EmptyCellTag.LogicallyImpossible ? " (logically impossible)" : " (theoretically unexpected)";
                double px = xOne ? rect.Right - 6 : rect.Left + 6;
                double py = yOne ? rect.Top + 6 : rect.Bottom - 6;
                var alignment = (xOne, yOne) switch
                {
                    (false, true) => Alignment.UpperLeft,
                    (true, true) => Alignment.UpperRight,
                    (false, false) => Alignment.LowerLeft,
                    _ => Alignment.LowerRight,
                };
                var label = ChartStyle.Text(plot, text, DataX(px), DataY(py), QuadrantSize, ChartStyle.Muted, alignment);
                label.LabelItalic = true;
                double w = LabelPlacer.TextWidth(text, QuadrantSize), h = QuadrantSize * 1.4;
                obstacles.Add(new LabelPlacer.Box(xOne ? px - w : px, yOne ? py : py - h, xOne ? px : px + w, yOne ? py + h : py));
            }
        }

        // Cases at the same point (Alba, INTERFET and ISAF share S and T) get one label, a line each.
        var spots = Drawn
            .GroupBy(c => (Math.Round(c[X].Membership!.Value, 3), Math.Round(c[Y].Membership!.Value, 3)))
            .Select(g => (X: g.First()[X].Membership!.Value, Y: g.First()[Y].Membership!.Value, Text: string.Join("\n", g.Select(c => c.Case.Value))))
            .ToList();
        var placed = LabelPlacer.Place([.. spots.Select(p => (PxX(p.X), PxY(p.Y), p.Text))], area, obstacles, LabelSize);
        foreach (var (spot, p) in spots.Zip(placed))
        {
            if (p.LeaderFromX is { } lx && p.LeaderFromY is { } ly)
            {
                var leader = plot.Add.Line(spot.X, spot.Y, DataX(lx), DataY(ly));
                leader.Color = Colors.Gray.WithAlpha(0.7);
                leader.LineWidth = 1;
                leader.MarkerSize = 0;
            }

            var label = ChartStyle.Text(plot, spot.Text, DataX(p.Box.CenterX), DataY(p.Box.CenterY), LabelSize, Colors.Black, Alignment.MiddleCenter);
            label.LabelLineSpacing = LabelSize * 1.3f;
        }

        return plot;
    }

    /// <summary>The tag every cell of the quadrant shares when it is "logically impossible" or "theoretically unexpected", else null.</summary>
    private EmptyCellTag? QuadrantTag(bool xModelOne, bool yModelOne)
    {
        if (Codebook is null || !AxisInfo.Core.Contains(X) || !AxisInfo.Core.Contains(Y))
            return null;
        int xi = AxisInfo.Core.TakeWhile(a => a != X).Count(), yi = AxisInfo.Core.TakeWhile(a => a != Y).Count();
        var tags = PropertyCell.All
            .Where(cell => cell.Code[xi] == (xModelOne ? '1' : '0') && cell.Code[yi] == (yModelOne ? '1' : '0'))
            .Select(cell => Codebook.Annotation(cell.Code)?.Tag)
            .Distinct()
            .ToList();
        return tags is [EmptyCellTag.LogicallyImpossible or EmptyCellTag.TheoreticallyUnexpected] ? tags[0] : null;
    }
}
