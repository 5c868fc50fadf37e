using Willing.Core.Model;
using Willing.Typology;
using Willing.Typology.Classification;

namespace Willing.Cli.Output;

/// <summary>The JSON shapes of the typology commands (DESIGN.md contract for <c>willing classify</c>).</summary>
public static class TypologyJson
{
    /// <summary>
    /// <c>{ case, model, cell, cell_name, membership: { one, two }, axes: { organization, … }, indeterminacy, hybridity (its former name, for one release), distance: { one, two }, flags }</c>,
    /// plus <c>explanation</c> with <paramref name="explain"/>.
    /// </summary>
    public static Dictionary<string, object?> Classification(CaseClassification c, Coalition? coalition, bool explain)
    {
        var json = new Dictionary<string, object?>
        {
            ["case"] = c.Case.Value,
            ["name"] = c.Name,
            ["period"] = c.Period,
            ["model"] = ModelName(c.Model),
            ["cell"] = c.Cell?.Code,
            ["cell_name"] = c.Cell?.Name,
            ["membership"] = new Dictionary<string, object?> { ["one"] = Round(c.MembershipOne), ["two"] = Round(c.MembershipTwo) },
            ["axes"] = AxisInfo.All.ToDictionary(AxisInfo.Key, a => (object?)Round(c[a].Membership)),
            ["bounds"] = AxisInfo.All.ToDictionary(AxisInfo.Key, a => (object?)new[] { Round(c[a].Low), Round(c[a].High) }),
            ["coverage"] = AxisInfo.All.ToDictionary(AxisInfo.Key, a => (object?)new Dictionary<string, object?> { ["measured"] = c[a].Measured, ["of"] = c[a].Terms, ["required"] = c[a].MinMeasured, ["share"] = Round(c[a].Coverage) }),
            ["indeterminacy"] = Round(c.Indeterminacy),
            ["hybridity"] = Round(c.Indeterminacy),
            ["distance"] = new Dictionary<string, object?> { ["one"] = Round(c.DistanceOne), ["two"] = Round(c.DistanceTwo) },
            ["flags"] = c.Flags,
        };
        if (c.Period is not null)
        {
            json["period_name"] = c.PeriodName;
            json["period_span"] = c.PeriodSpan;
            json["undated_kept"] = c.UndatedKept;
        }

        if (explain)
            json["explanation"] = AxisInfo.All.ToDictionary(AxisInfo.Key, a => (object?)Axis(c[a], coalition));
        return json;
    }

    /// <summary>The model as the contract spells it: one, two, hybrid or undetermined.</summary>
    public static string ModelName(ModelKind model) => model.ToString().ToLowerInvariant();

    /// <summary>Rounds to six decimals for output (the computation keeps full precision).</summary>
    public static double? Round(double? v) => v is { } x ? Math.Round(x, 6) : null;

    private static Dictionary<string, object?> Axis(AxisScore score, Coalition? coalition) => new()
    {
        ["set"] = AxisInfo.Letter(score.Axis),
        ["membership"] = Round(score.Membership),
        ["rule"] = score.Rule,
        ["applied"] = score.Applied,
        ["dimensions"] = score.Dimensions.Select(d => new Dictionary<string, object?>
        {
            ["id"] = d.Id,
            ["name"] = d.Name,
            ["membership"] = Round(d.Membership),
            ["rule"] = d.Rule,
            ["applied"] = d.Applied,
        }).ToList(),
        ["indicators"] = score.Indicators.Select(i => new Dictionary<string, object?>
        {
            ["id"] = i.Id,
            ["name"] = i.Name,
            ["raw"] = Round(i.Raw),
            ["n"] = i.Share?.N,
            ["count"] = i.Share?.Count,
            ["shrunk"] = Round(i.Shrunk),
            ["interval"] = i.Interval is { } iv ? new[] { Round(iv.Low), Round(double.IsPositiveInfinity(iv.High) ? null : iv.High) } : null,
            ["category"] = i.Category,
            ["membership"] = Round(i.Membership),
            ["calibration"] = i.Calibration,
            ["computation"] = i.Computation,
            ["missing"] = i.MissingReason,
            ["evidence"] = i.Evidence.Select(e => new Dictionary<string, object?>
            {
                ["fact"] = e.Fact,
                ["sources"] = e.Sources.Select(s => Source(s, coalition)).ToList(),
            }).ToList(),
        }).ToList(),
    };

    private static Dictionary<string, object?> Source(SourceId id, Coalition? coalition)
    {
        var source = coalition?.Sources.FirstOrDefault(s => s.Id == id);
        return new Dictionary<string, object?> { ["id"] = id.Value, ["url"] = source?.Url?.ToString(), ["citation"] = source?.Citation };
    }
}
