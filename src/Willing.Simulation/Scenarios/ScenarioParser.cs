using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Core.Reading.Yaml;

namespace Willing.Simulation.Scenarios;

/// <summary>
/// Maps one parsed YAML document onto a <see cref="Scenario"/>, checking the format of <c>docs/scenarios.md</c>:
/// keys, types, ranges, months and dates, ids, duplicate ids and cited sources. Nothing stops at the first error.
/// </summary>
/// <remarks>Sources are read first, so that every citation can be checked where it is written.</remarks>
internal sealed partial class ScenarioParser
{
    /// <summary>The most months a scenario may run (a century).</summary>
    internal const int MaxMonths = 1200;

    /// <summary>The most agents a population may add.</summary>
    internal const int MaxPopulation = 1_000_000;

    /// <summary>The most replicates per calibration evaluation.</summary>
    internal const int MaxReplicates = 100_000;

    /// <summary>The most loss evaluations of a calibration.</summary>
    internal const int MaxEvaluations = 1_000_000;

    /// <summary>The losses a calibration may name.</summary>
    internal static readonly string[] Losses = ["rmse"];

    /// <summary>The timeline curves a target may name.</summary>
    internal static readonly string[] Curves = ["members", "troop-contributors", "troops"];

    private static readonly string[] TopKeys =
        ["id", "name", "mechanism", "case", "description", "start", "months", "parameters", "population", "actors", "events", "calibration", "checks", "sources"];

    private static readonly string[] ValueKeys = ["value", "sources", "note"];

    private readonly string _file;
    private readonly InputDiagnostics _d;
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _brokenSources = new(StringComparer.Ordinal);

    private ScenarioParser(string file, InputDiagnostics diagnostics)
    {
        _file = file;
        _d = diagnostics;
    }

    public static Scenario? Parse(string file, YamlNode root, InputDiagnostics diagnostics) => new ScenarioParser(file, diagnostics).ParseRoot(root);

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z")]
    private static partial Regex KebabId();

    [GeneratedRegex(@"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*\z")]
    private static partial Regex SnakeName();

    [GeneratedRegex(@"^(?:[A-Z]{3}|[a-z0-9]+(?:-[a-z0-9]+)*)\z")]
    private static partial Regex ActorId();

    [GeneratedRegex(@"^(\d{4})-(\d{2})\z")]
    private static partial Regex MonthText();

    private Scenario? ParseRoot(YamlNode root)
    {
        var top = YamlFields.Open(root, string.Empty, _d, TopKeys);
        if (top is null)
            return null;
        ReadSources(top, out var sources);

        string? id = Kebab(top, "id", required: true);
        string? name = top.Text("name", required: true);
        string? mechanism = Kebab(top, "mechanism", required: true);
        ScenarioCase? @case = null;
        if (Kebab(top, "case", required: false) is { } caseId)
            @case = new ScenarioCase(new CoalitionId(caseId), top.Get("case")!.Start, "case");
        string? description = top.Text("description");
        var start = Month(top, "start", required: true);
        int? months = Bounded(top, "months", required: true, 1, MaxMonths, "months");
        if (start is { } s && months is { } m && s.Index + m > new ScenarioMonth(9999, 12).Index)
            _d.Add(top.Get("months")!, "months", $"the run would end after 9999-12 ({s} + {m.ToString(CultureInfo.InvariantCulture)} months)");

        var parameters = ReadParameters(top);
        var population = top.Get("population") is { } popNode ? ReadPopulation(popNode, "population") : null;
        var actors = ReadActors(top);
        var events = ReadEvents(top, start, months);
        var calibration = top.Get("calibration") is { } calNode ? ReadCalibration(calNode, "calibration") : null;
        var checks = ReadChecks(top);
        if (population is not null)
        {
            var ids = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var a in actors.Where(a => a.Id.StartsWith(population.Prefix + "-", StringComparison.Ordinal) && int.TryParse(a.Id.AsSpan(population.Prefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int k) && k >= 1 && k <= population.Count))
                _d.Add(a.Position, YamlFields.Child(a.Path, "id"), $"the id '{a.Id}' is also the id of a population agent ({population.Prefix}-1 … {population.Prefix}-{population.Count.ToString(CultureInfo.InvariantCulture)}): choose another id or prefix");
        }

        if (_d.HasErrors || id is null || name is null || mechanism is null || start is null || months is null)
            return null;
        return new Scenario(_file, id, name, mechanism, description, @case, start.Value, months.Value, parameters, population, actors, events,
            calibration, checks, sources, top.Node.Start);
    }

    // ---- sources -----------------------------------------------------------------------------

    private void ReadSources(YamlFields top, out ImmutableArray<ScenarioSource> result)
    {
        var list = ImmutableArray.CreateBuilder<ScenarioSource>();
        foreach (var (node, path) in top.Items("sources"))
        {
            var f = YamlFields.Open(node, path, _d, ["id", "citation", "url", "note"]);
            if (f is null)
                continue;
            string? id = Kebab(f, "id", required: true);
            string? citation = f.Text("citation");
            string? url = f.Text("url");
            string? note = f.Text("note");
            if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
                _d.Add(f.Get("url")!, YamlFields.Child(path, "url"), $"'{Quote(url)}' is not an http(s) address");
            if (url is null && citation is null)
                _d.Add(node, path, "a source needs a 'url' or a 'citation'");
            if (id is null)
            {
                if (f.Get("id") is YamlScalarNode { Value: var broken })
                    _brokenSources.Add(broken);
                continue;
            }

            if (!_sources.Add(id))
            {
                _d.Add(f.Get("id")!, YamlFields.Child(path, "id"), $"duplicate source id '{id}'");
                continue;
            }

            list.Add(new ScenarioSource(id, citation, url, note, node.Start, path));
        }

        result = list.ToImmutable();
    }

    private ImmutableArray<string> SourceRefs(YamlFields f, string key = "sources")
    {
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var (node, path, value) in f.TextItems(key, allowSingle: true))
        {
            if (_sources.Contains(value))
                result.Add(value);
            else if (!_brokenSources.Contains(value))
                _d.Add(node, path, $"source '{Quote(value)}' is not declared in sources{Near(value, _sources)}");
        }

        return result.ToImmutable();
    }

    // ---- parameters, population, actors ------------------------------------------------------

    private ImmutableArray<ScenarioSetting> ReadParameters(YamlFields top)
    {
        var node = top.Get("parameters");
        if (node is null)
            return [];
        if (node is not YamlMappingNode map)
        {
            _d.Add(node, "parameters", $"expected a mapping of parameter names to values (budget: 10) but found {YamlFields.Describe(node)}");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ScenarioSetting>();
        foreach (var (keyNode, value) in map.Children)
        {
            if (Key(keyNode, "parameters", "a parameter name") is not { } key)
                continue;
            string path = YamlFields.Child("parameters", key);
            if (!SnakeName().IsMatch(key))
            {
                _d.Add(keyNode, path, $"'{Quote(key)}' is not a parameter name: parameter names are lower-case words joined by underscores, e.g. base_hazard");
                continue;
            }

            if (value is not YamlScalarNode scalar || scalar.IsNull || scalar.Value.Length == 0)
            {
                _d.Add(value, path, $"a parameter's value is a number, true or false, or a word; found {YamlFields.Describe(value)}");
                continue;
            }

            result.Add(new ScenarioSetting(key, scalar.Value, value.Start, path));
        }

        return result.ToImmutable();
    }

    private ScenarioPopulation? ReadPopulation(YamlNode node, string path)
    {
        var f = YamlFields.Open(node, path, _d, ["count", "kind", "prefix", "description", "attributes", "sources"]);
        if (f is null)
            return null;
        int? count = Bounded(f, "count", required: true, 0, MaxPopulation, "agents");
        string? kind = Kebab(f, "kind", required: true);
        string? prefix = Kebab(f, "prefix", required: true);
        string? description = f.Text("description");
        var attributes = ReadAttributes(f);
        var sources = SourceRefs(f);
        if (count is null || kind is null || prefix is null)
            return null;
        return new ScenarioPopulation(count.Value, kind, prefix, description, attributes, sources, node.Start, path);
    }

    private ImmutableArray<ScenarioActor> ReadActors(YamlFields top)
    {
        var result = ImmutableArray.CreateBuilder<ScenarioActor>();
        var seen = new Dictionary<string, YamlPosition>(StringComparer.Ordinal);
        foreach (var (node, path) in top.Items("actors"))
        {
            var f = YamlFields.Open(node, path, _d, ["id", "kind", "name", "attributes", "sources", "note"]);
            if (f is null)
                continue;
            string? id = f.Text("id", required: true);
            if (id is not null && !ActorId().IsMatch(id))
            {
                _d.Add(f.Get("id")!, YamlFields.Child(path, "id"), $"'{Quote(id)}' is not an actor id: a state's ISO 3166 alpha-3 code (USA) or lower-case words joined by hyphens (icbl)");
                id = null;
            }

            string? kind = Kebab(f, "kind", required: false);
            string? name = f.Text("name");
            var attributes = ReadAttributes(f);
            var sources = SourceRefs(f);
            string? note = f.Text("note");
            if (id is null)
                continue;
            if (seen.TryGetValue(id, out var first))
            {
                _d.Add(f.Get("id")!, YamlFields.Child(path, "id"), $"duplicate actor id '{id}' (first at line {first.Line.ToString(CultureInfo.InvariantCulture)}): merge the two");
                continue;
            }

            seen[id] = f.Get("id")!.Start;
            result.Add(new ScenarioActor(id, kind, name, attributes, sources, note, node.Start, path));
        }

        return result.ToImmutable();
    }

    /// <summary>An <c>attributes</c> mapping: each name a number, or <c>{ value, sources, note }</c>.</summary>
    private ImmutableArray<ScenarioValue> ReadAttributes(YamlFields f)
    {
        var node = f.Get("attributes");
        string path = YamlFields.Child(f.Path, "attributes");
        if (node is null)
            return [];
        if (node is not YamlMappingNode map)
        {
            _d.Add(node, path, $"expected a mapping of attribute names to values (power: 0.8) but found {YamlFields.Describe(node)}");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ScenarioValue>();
        foreach (var (keyNode, value) in map.Children)
        {
            if (Key(keyNode, path, "an attribute name") is not { } key)
                continue;
            string itemPath = YamlFields.Child(path, key);
            if (!SnakeName().IsMatch(key))
            {
                _d.Add(keyNode, itemPath, $"'{Quote(key)}' is not an attribute name: attribute names are lower-case words joined by underscores, e.g. domestic_opposition");
                continue;
            }

            if (value is YamlMappingNode)
            {
                var vf = YamlFields.Open(value, itemPath, _d, ValueKeys)!;
                double? v = Real(vf, "value", required: true);
                var sources = SourceRefs(vf);
                string? note = vf.Text("note");
                if (v is not null)
                    result.Add(new ScenarioValue(key, v.Value, sources, note, value.Start, itemPath));
            }
            else if (value is YamlScalarNode scalar && !scalar.IsNull)
            {
                if (ParseReal(value, itemPath, scalar.Value) is { } v)
                    result.Add(new ScenarioValue(key, v, [], null, value.Start, itemPath));
            }
            else
            {
                _d.Add(value, itemPath, $"an attribute's value is a number or {{ value, sources, note }}; found {YamlFields.Describe(value)}");
            }
        }

        return result.ToImmutable();
    }

    // ---- events ------------------------------------------------------------------------------

    private ImmutableArray<ScenarioEvent> ReadEvents(YamlFields top, ScenarioMonth? start, int? months)
    {
        var result = ImmutableArray.CreateBuilder<ScenarioEvent>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, path) in top.Items("events"))
        {
            var f = YamlFields.Open(node, path, _d, ["id", "kind", "date", "actor", "value", "description", "sources"]);
            if (f is null)
                continue;
            string? id = Kebab(f, "id", required: false);
            if (id is not null && !ids.Add(id))
                _d.Add(f.Get("id")!, YamlFields.Child(path, "id"), $"duplicate event id '{id}'");
            string? kind = Kebab(f, "kind", required: true);
            var date = f.Date("date", required: true);
            string? actor = f.Text("actor");
            if (actor is not null && !ActorId().IsMatch(actor))
            {
                _d.Add(f.Get("actor")!, YamlFields.Child(path, "actor"), $"'{Quote(actor)}' is not an actor id: a state's ISO 3166 alpha-3 code (USA) or lower-case words joined by hyphens (icbl)");
                actor = null;
            }

            double? value = Real(f, "value", required: false);
            string? description = f.Text("description");
            var sources = SourceRefs(f);
            if (date is { } d && start is { } s && months is { } m)
            {
                var month = ScenarioMonth.Earliest(d);
                if (month < s)
                    _d.Add(f.Get("date")!, YamlFields.Child(path, "date"), $"the event is dated {d}, before the scenario's start {s}: step s is the month start + s, so it would never happen");
                else if (month > s.Plus(m))
                    _d.Add(f.Get("date")!, YamlFields.Child(path, "date"), $"the event is dated {d}, after the scenario's last month {s.Plus(m)} (start + months): it would never happen");
            }

            if (kind is not null && date is not null)
                result.Add(new ScenarioEvent(id, kind, date.Value, actor, value, description, sources, node.Start, path));
        }

        return result.ToImmutable();
    }

    // ---- calibration and checks --------------------------------------------------------------

    private ScenarioCalibration? ReadCalibration(YamlNode node, string path)
    {
        var f = YamlFields.Open(node, path, _d, ["free", "target", "loss", "replicates", "evaluations"]);
        if (f is null)
            return null;
        var free = ImmutableArray.CreateBuilder<ScenarioFreeParameter>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var items = f.Items("free", required: true);
        if (f.Get("free") is YamlSequenceNode { Children.Count: 0 } empty)
            _d.Add(empty, YamlFields.Child(path, "free"), "a calibration needs at least one free parameter");
        foreach (var (itemNode, itemPath) in items)
        {
            var pf = YamlFields.Open(itemNode, itemPath, _d, ["name", "low", "high"]);
            if (pf is null)
                continue;
            string? name = pf.Text("name", required: true);
            if (name is not null && !SnakeName().IsMatch(name))
            {
                _d.Add(pf.Get("name")!, YamlFields.Child(itemPath, "name"), $"'{Quote(name)}' is not a parameter name: lower-case words joined by underscores, e.g. base_hazard");
                name = null;
            }

            if (name is not null && !names.Add(name))
            {
                _d.Add(pf.Get("name")!, YamlFields.Child(itemPath, "name"), $"the free parameter {name} is listed twice");
                name = null;
            }

            double? low = Real(pf, "low", required: true), high = Real(pf, "high", required: true);
            if (low is { } lo && high is { } hi && !(lo < hi))
            {
                _d.Add(pf.Get("high")!, YamlFields.Child(itemPath, "high"), $"high ({Number(hi)}) must be above low ({Number(lo)})");
                continue;
            }

            if (name is not null && low is not null && high is not null)
                free.Add(new ScenarioFreeParameter(name, low.Value, high.Value, itemNode.Start, itemPath));
        }

        var target = f.Get("target", required: true) is { } targetNode ? ReadTarget(targetNode, YamlFields.Child(path, "target")) : null;
        string loss = "rmse";
        if (f.Text("loss") is { } lossText)
        {
            if (Losses.Contains(lossText))
                loss = lossText;
            else
                _d.Add(f.Get("loss")!, YamlFields.Child(path, "loss"), $"'{Quote(lossText)}' is not a loss Willing knows{Near(lossText, Losses, orList: true)}");
        }

        int replicates = Bounded(f, "replicates", required: false, 1, MaxReplicates, "replicates") ?? 100;
        int evaluations = Bounded(f, "evaluations", required: false, 1, MaxEvaluations, "evaluations") ?? 200;
        if (target is null)
            return null;
        return new ScenarioCalibration(free.ToImmutable(), target, loss, replicates, evaluations, node.Start, path);
    }

    private ScenarioTarget? ReadTarget(YamlNode node, string path)
    {
        var f = YamlFields.Open(node, path, _d, ["case", "series", "curve", "reporter", "until"]);
        if (f is null)
            return null;
        string? caseId = Kebab(f, "case", required: true);
        string? series = Kebab(f, "series", required: false);
        string? curve = f.Text("curve");
        if (curve is not null && !Curves.Contains(curve))
        {
            _d.Add(f.Get("curve")!, YamlFields.Child(path, "curve"), $"'{Quote(curve)}' is not a timeline curve{Near(curve, Curves, orList: true)}");
            curve = null;
        }

        bool hasSeries = f.Has("series"), hasCurve = f.Has("curve");
        if (hasSeries == hasCurve)
            _d.Add(hasSeries ? f.Get("curve")! : node, path, hasSeries
                ? "a target names either a series or a curve, not both"
                : "a target names the observed curve: either 'series: <id of one of the case's series>' or 'curve: members | troop-contributors | troops'");
        string? reporter = f.Text("reporter", required: true);
        if (reporter is not null && !SnakeName().IsMatch(reporter))
        {
            _d.Add(f.Get("reporter")!, YamlFields.Child(path, "reporter"), $"'{Quote(reporter)}' is not a reporter name: lower-case words joined by underscores, e.g. members");
            reporter = null;
        }

        var until = Month(f, "until", required: false);
        if (caseId is null || reporter is null || hasSeries == hasCurve || (hasSeries && series is null) || (hasCurve && curve is null) || (f.Has("until") && until is null))
            return null;
        return new ScenarioTarget(new CoalitionId(caseId), series, curve, reporter, until, node.Start, path);
    }

    private ImmutableArray<ScenarioCheck> ReadChecks(YamlFields top)
    {
        var result = ImmutableArray.CreateBuilder<ScenarioCheck>();
        foreach (var (node, path) in top.Items("checks"))
        {
            var f = YamlFields.Open(node, path, _d, ["scenario", "target", "description"]);
            if (f is null)
                continue;
            string? scenario = f.Text("scenario", required: true);
            if (scenario is not null && (!scenario.EndsWith(".yaml", StringComparison.Ordinal) || scenario.Contains('/', StringComparison.Ordinal)
                || scenario.Contains('\\', StringComparison.Ordinal) || scenario.StartsWith('.') || scenario.Length <= ".yaml".Length))
            {
                _d.Add(f.Get("scenario")!, YamlFields.Child(path, "scenario"), $"'{Quote(scenario)}' is not a scenario file next to this one: write its file name, e.g. icc-rome.yaml");
                scenario = null;
            }

            var target = f.Get("target", required: true) is { } targetNode ? ReadTarget(targetNode, YamlFields.Child(path, "target")) : null;
            string? description = f.Text("description");
            if (scenario is not null && target is not null)
                result.Add(new ScenarioCheck(scenario, target, description, node.Start, path));
        }

        return result.ToImmutable();
    }

    // ---- shared pieces -----------------------------------------------------------------------

    private string? Key(YamlNode keyNode, string path, string what)
    {
        if (keyNode is YamlScalarNode { IsNull: false, Value: { Length: > 0 } key })
            return key;
        _d.Add(keyNode, path, $"expected {what} but found {(keyNode is YamlScalarNode ? "an empty key" : YamlFields.Describe(keyNode))}");
        return null;
    }

    private string? Kebab(YamlFields f, string key, bool required)
    {
        string? id = f.Text(key, required);
        if (id is not null && !KebabId().IsMatch(id))
        {
            _d.Add(f.Get(key)!, YamlFields.Child(f.Path, key), $"'{Quote(id)}' is not a valid {key}: use lower-case letters and digits joined by hyphens, e.g. iraq-2003");
            return null;
        }

        return id;
    }

    private ScenarioMonth? Month(YamlFields f, string key, bool required)
    {
        string? text = f.Text(key, required);
        if (text is null)
            return null;
        var match = MonthText().Match(text);
        int year = match.Success ? int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : 0;
        int month = match.Success ? int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (match.Success && year >= 1 && month is >= 1 and <= 12)
            return new ScenarioMonth(year, month);
        string problem = match.Success ? (year < 1 ? "the year must be 0001 or later" : "the month must be 01 to 12") : "a month is written YYYY-MM, e.g. 2003-01";
        _d.Add(f.Get(key)!, YamlFields.Child(f.Path, key), $"'{Quote(text)}' is not a month: {problem}");
        return null;
    }

    private int? Bounded(YamlFields f, string key, bool required, int low, int high, string unit)
    {
        string? text = f.Text(key, required);
        if (text is null)
            return null;
        string path = YamlFields.Child(f.Path, key);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            bool digits = text.Length > 0 && text.TrimStart('-', '+').All(char.IsAsciiDigit) && text.Any(char.IsAsciiDigit);
            _d.Add(f.Get(key)!, path, digits ? $"'{Quote(text)}' is too large: {key} is at most {Number(high)}" : $"'{Quote(text)}' is not a whole number (write digits only, e.g. 120)");
            return null;
        }

        if (value < low || value > high)
        {
            _d.Add(f.Get(key)!, path, $"{key} is {Number(value)}, outside {Number(low)} … {Number(high)} {unit}");
            return null;
        }

        return (int)value;
    }

    private double? Real(YamlFields f, string key, bool required)
    {
        string? text = f.Text(key, required);
        return text is null ? null : ParseReal(f.Get(key)!, YamlFields.Child(f.Path, key), text);
    }

    private double? ParseReal(YamlNode node, string path, string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
            return value;
        _d.Add(node, path, $"'{Quote(text)}' is not a finite number (write digits, e.g. 0.25 or 1e-3)");
        return null;
    }

    private string Quote(string text) => Echo.Quote(text, _d.Limits.MaxEchoLength);

    private static string Number(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private string Near(string value, IEnumerable<string> known, bool orList = false)
    {
        if (_d.Suggest(value, known) is { } near)
            return $"; did you mean '{near}'?";
        return orList ? $"; one of: {string.Join(", ", known)}" : string.Empty;
    }
}
