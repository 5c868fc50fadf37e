using System.Collections.Immutable;
using System.Globalization;
using Willing.Core.Reading;
using Willing.Typology.Classification;
using Willing.Typology.Indicators;
using Willing.Typology.Sets;
using Willing.Core.Reading.Yaml;

namespace Willing.Typology.Codebook;

/// <summary>Reads a codebook file, reporting every error with its line, column and field as case files do.</summary>
public static class CodebookReader
{
    private const string ResourceName = "Willing.Typology.codebook.yaml";

    /// <summary>The built-in codebook (<c>data/codebook.yaml</c>, embedded).</summary>
    /// <exception cref="InvalidOperationException">The embedded codebook is invalid (a build error, caught by the tests).</exception>
    public static TypologyCodebook BuiltIn()
    {
        using var stream = typeof(CodebookReader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the built-in codebook is not embedded");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var (text, error) = InputText.Decode("data/codebook.yaml", memory.GetBuffer().AsSpan(0, (int)memory.Length), InputLimits.Default);
        var result = text is null ? new CodebookResult(null, [error!]) : Read(text, InputLimits.Default, cached: true);
        return result.Codebook ?? throw new InvalidOperationException("the built-in codebook is invalid: " + string.Join("; ", result.Errors));
    }

    /// <summary>Reads a codebook file from disk.</summary>
    public static CodebookResult ReadFile(string path, InputLimits? limits = null)
    {
        var (text, error) = InputText.ReadFile(path, path, limits ?? InputLimits.Default);
        return text is null ? new CodebookResult(null, [error!]) : Read(text, limits ?? InputLimits.Default);
    }

    /// <summary>Reads codebook bytes, decoded as strict UTF-8.</summary>
    public static CodebookResult Read(string file, ReadOnlySpan<byte> bytes, InputLimits? limits = null)
    {
        var (text, error) = InputText.Decode(file, bytes, limits ?? InputLimits.Default);
        return text is null ? new CodebookResult(null, [error!]) : Read(text, limits ?? InputLimits.Default);
    }

    /// <summary>Reads codebook text.</summary>
    public static CodebookResult Read(string file, string text, InputLimits? limits = null) =>
        Read(InputText.FromString(file, text), limits ?? InputLimits.Default);

    /// <summary>Reads a codebook with the same loader, limits and checks as case files.</summary>
    private static CodebookResult Read(InputText text, InputLimits limits, bool cached = false)
    {
        var d = new InputDiagnostics(text.File, limits);
        const string empty = "the codebook is empty: copy data/codebook.yaml and edit it";
        var root = cached ? YamlTreeCache.LoadDocument(text, d, empty) : YamlLoader.LoadDocument(text, d, empty);
        if (root is null)
            return new CodebookResult(null, d.Sorted());

        var top = YamlFields.Open(root, string.Empty, d, ["name", "convention", "frozen", "indeterminacy_band", "shares", "indicators", "dimensions", "axes", "cells"]);
        if (top is null)
            return new CodebookResult(null, d.Sorted());

        var convention = top.Text("convention") switch
        {
            null or "ragin" => CalibrationConvention.Ragin,
            "qca" => CalibrationConvention.Qca,
            var other => Bad(top, "convention", $"'{Echo.Quote(other)}' is not a convention: ragin (log-odds ±3) or qca (0.95/0.05)"),
        };

        var indicators = new List<IndicatorDefinition>();
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, path) in top.Items("indicators", required: true))
        {
            // Ids of definitions that have errors of their own still count as declared, so rules naming them add no second error.
            if (node is YamlMappingNode m && m.TryGetValue("id", out var idNode) && idNode is YamlScalarNode { Value: { } declaredId })
                declared.Add(declaredId);
            if (ReadIndicator(node, path, d) is { } indicator)
            {
                if (indicators.Any(i => i.Id == indicator.Id))
                    d.Add(node, path + ".id", $"duplicate indicator id '{indicator.Id}'");
                else
                    indicators.Add(indicator);
            }
        }

        var dimensions = new List<DimensionDefinition>();
        var declaredDims = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, path) in top.Items("dimensions"))
        {
            if (node is YamlMappingNode m && m.TryGetValue("id", out var idNode) && idNode is YamlScalarNode { Value: { } declaredId })
                declaredDims.Add(declaredId);
            if (ReadDimension(node, path, d, indicators, declared) is { } dim)
            {
                if (dimensions.Any(x => x.Id == dim.Id))
                    d.Add(node, path + ".id", $"duplicate dimension id '{dim.Id}'");
                else if (declared.Contains(dim.Id))
                    d.Add(node, path + ".id", $"'{Echo.Quote(dim.Id)}' is already an indicator id: dimensions and indicators need different ids");
                else
                    dimensions.Add(dim);
            }
        }

        var rules = ImmutableDictionary.CreateBuilder<Axis, CombinationRule>();
        var minMeasured = ImmutableDictionary.CreateBuilder<Axis, int>();
        if (top.Get("axes", required: true) is { } axesNode && YamlFields.Open(axesNode, "axes", d, AxisInfo.All.Select(AxisInfo.Key).ToArray()) is { } axes)
        {
            foreach (var axis in AxisInfo.All)
            {
                string key = AxisInfo.Key(axis);
                var axisNode = axes.Get(key, required: AxisInfo.Cell.Contains(axis));
                if (axisNode is null)
                    continue;
                string? text2;
                string rulePath = $"axes.{key}";
                YamlNode ruleNode = axisNode;
                if (axisNode is YamlMappingNode)
                {
                    var af = YamlFields.Open(axisNode, rulePath, d, ["rule", "min_dimensions"]);
                    if (af is null)
                        continue;
                    text2 = af.Text("rule", required: true);
                    ruleNode = af.Get("rule") ?? axisNode;
                    rulePath += ".rule";
                    if (af.Number("min_dimensions") is { } min)
                    {
                        if (min < 1 || min != Math.Floor(min))
                            d.Add(af.Get("min_dimensions")!, $"axes.{key}.min_dimensions", "the coverage rule is a whole number of dimensions, at least 1");
                        else
                            minMeasured[axis] = (int)min;
                    }
                }
                else
                {
                    text2 = axes.Text(key, required: true);
                }

                if (text2 is null)
                    continue;
                var axisDims = dimensions.Where(x => x.Axis == axis).ToList();
                try
                {
                    var rule = CombinationRule.Parse(text2);
                    foreach (var id in rule.Indicators)
                    {
                        if (axisDims.Count > 0 || declaredDims.Count > 0)
                        {
                            // With dimensions, an axis rule combines dimensions.
                            var dim = dimensions.FirstOrDefault(x => x.Id == id);
                            if (dim is null && declaredDims.Contains(id))
                                continue;
                            if (dim is null)
                                d.Add(ruleNode, rulePath, $"the rule names '{Echo.Quote(id)}', which is not a dimension of the codebook{(declared.Contains(id) ? " (it is an indicator: name it in a dimension's rule)" : string.Empty)}");
                            else if (dim.Axis != axis)
                                d.Add(ruleNode, rulePath, $"'{Echo.Quote(id)}' is a dimension of {AxisInfo.Key(dim.Axis)}, not {key}");
                            continue;
                        }

                        CheckIndicator(id, axis, ruleNode, rulePath, d, indicators, declared);
                    }

                    if (axisDims.Count > 0 && axisDims.FirstOrDefault(x => !rule.Indicators.Contains(x.Id)) is { } unused)
                        d.Add(ruleNode, rulePath, $"the rule leaves out the dimension '{Echo.Quote(unused.Id)}' of {key}: every dimension of an axis is part of it");
                    int terms = axisDims.Count > 0 ? axisDims.Count : indicators.Count(i => i.Axis == axis);
                    if (minMeasured.TryGetValue(axis, out int want) && want > terms && terms > 0)
                        d.Add(axisNode, $"axes.{key}.min_dimensions", $"the coverage rule asks for {want} measured, but {key} has only {terms}");
                    rules[axis] = rule;
                }
                catch (FormatException ex)
                {
                    d.Add(ruleNode, rulePath, ex.Message);
                }
            }
        }

        double? wilsonZ = null;
        if (top.Get("shares") is { } sharesNode && YamlFields.Open(sharesNode, "shares", d, ["shrink", "z"]) is { } shares)
        {
            switch (shares.Text("shrink"))
            {
                case null or "none":
                    break;
                case "wilson":
                    double z = shares.Number("z") is { } zn ? (double)zn : 1.96;
                    if (z <= 0 || z > 5)
                        d.Add(shares.Get("z")!, "shares.z", "z is the normal quantile of the Wilson interval, above 0 and at most 5 (1.96 for 95%)");
                    wilsonZ = z;
                    break;
                case var other:
                    d.Add(shares.Get("shrink")!, "shares.shrink", $"'{Echo.Quote(other)}' is not a shrinkage: wilson or none");
                    break;
            }
        }

        var cells = new List<CellAnnotation>();
        foreach (var (node, path) in top.Items("cells"))
        {
            var f = YamlFields.Open(node, path, d, ["code", "tag", "label", "note", "passage"]);
            if (f is null)
                continue;
            string? code = f.Text("code", required: true);
            if (code is not null && !PropertyCell.TryParse(code, out _) && !PropertyCell.IsCorner(code))
                d.Add(f.Get("code")!, path + ".code", $"'{Echo.Quote(code)}' is not a cell code: five digits 0 or 1 for H, C, S, T, R (e.g. 10110), or four for a corner H C S T whatever R (e.g. 1011)");
            var tag = f.Enum<EmptyCellTag>("tag", required: true);
            if (code is not null && tag is not null)
                cells.Add(new CellAnnotation(code, tag.Value, f.Text("label"), f.Text("note"), f.Text("passage")));
        }

        string name = top.Text("name") ?? text.File;
        var band = (Low: 0.4, High: 0.6);
        if (top.Get("indeterminacy_band") is { } bandNode)
        {
            var ends = top.Items("indeterminacy_band").Select(x => x.Node is YamlScalarNode { Value: var v } && double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double e) ? e : (double?)null).ToList();
            if (ends.Count == 2 && ends[0] is { } lo && ends[1] is { } hi && lo is >= 0 and < 0.5 && hi is > 0.5 and <= 1)
                band = (lo, hi);
            else
                d.Add(bandNode, "indeterminacy_band", "the indeterminacy band is two numbers [low, high] with low below 0.5 and high above it, e.g. [0.4, 0.6]");
        }

        if (d.HasErrors)
            return new CodebookResult(null, d.Sorted());
        return new CodebookResult(new TypologyCodebook(name, convention, [.. indicators], rules.ToImmutable(), [.. cells])
        {
            IndeterminacyBand = band,
            Dimensions = [.. dimensions],
            MinMeasured = minMeasured.ToImmutable(),
            WilsonZ = wilsonZ,
            Frozen = top.Text("frozen"),
        }, []);

        CalibrationConvention Bad(YamlFields f, string key, string message)
        {
            d.Add(f.Get(key)!, key, message);
            return CalibrationConvention.Ragin;
        }
    }

    /// <summary>The <c>axis</c> field of an indicator or a dimension: its key or letter, or an error.</summary>
    private static Axis? ReadAxis(YamlFields f, string path, InputDiagnostics d)
    {
        if (f.Text("axis", required: true) is not { } text)
            return null;
        if (AxisInfo.TryParse(text, out var axis))
            return axis;
        d.Add(f.Get("axis")!, path + ".axis", $"'{Echo.Quote(text)}' is not an axis: organization, motivation, actorness, trigger or institutions");
        return null;
    }

    /// <summary>Checks that a rule's term names an indicator of the codebook that measures <paramref name="axis"/> (when known); ids declared with errors of their own add no second error.</summary>
    private static void CheckIndicator(string id, Axis? axis, YamlNode node, string path, InputDiagnostics d, List<IndicatorDefinition> indicators, HashSet<string> declared)
    {
        var def = indicators.FirstOrDefault(i => i.Id == id);
        if (def is null && !declared.Contains(id))
            d.Add(node, path, $"the rule names '{Echo.Quote(id)}', which is not an indicator of the codebook");
        else if (def is not null && axis is { } a && def.Axis != a)
            d.Add(node, path, $"'{Echo.Quote(id)}' measures {AxisInfo.Key(def.Axis)}, not {AxisInfo.Key(a)}");
    }

    private static DimensionDefinition? ReadDimension(YamlNode node, string path, InputDiagnostics d, List<IndicatorDefinition> indicators, HashSet<string> declared)
    {
        var f = YamlFields.Open(node, path, d, ["id", "axis", "name", "passage", "at", "rule"]);
        if (f is null)
            return null;
        string? id = f.Text("id", required: true);
        Axis? axis = ReadAxis(f, path, d);

        string? name = f.Text("name", required: true);
        string? ruleText = f.Text("rule", required: true);
        CombinationRule? rule = null;
        if (ruleText is not null)
        {
            try
            {
                rule = CombinationRule.Parse(ruleText);
                foreach (var ind in rule.Indicators)
                    CheckIndicator(ind, axis, f.Get("rule")!, path + ".rule", d, indicators, declared);
            }
            catch (FormatException ex)
            {
                d.Add(f.Get("rule")!, path + ".rule", ex.Message);
            }
        }

        if (id is null || axis is null || name is null || rule is null)
            return null;
        return new DimensionDefinition(id, axis.Value, name, f.Text("passage"), f.Text("at"), rule);
    }

    private static IndicatorDefinition? ReadIndicator(YamlNode node, string path, InputDiagnostics d)
    {
        var f = YamlFields.Open(node, path, d, ["id", "axis", "name", "measures", "passages", "computation", "calibration"]);
        if (f is null)
            return null;
        string? id = f.Text("id", required: true);
        Axis? axis = ReadAxis(f, path, d);

        string? name = f.Text("name", required: true);
        string? computation = f.Text("computation", required: true);
        if (computation is not null && !IndicatorLibrary.Computations.ContainsKey(computation))
        {
            string hint = d.Suggest(computation, IndicatorLibrary.Computations.Keys) is { } near ? $"did you mean '{near}'?" : "see 'willing typology codebook'";
            d.Add(f.Get("computation")!, path + ".computation", $"'{Echo.Quote(computation)}' is not a known computation; {hint}");
            computation = null;
        }

        var passages = f.TextItems("passages", allowSingle: true).Select(p => p.Value).ToImmutableArray();
        CalibrationSpec? calibration = null;
        if (f.Get("calibration", required: true) is { } cNode)
            calibration = ReadCalibration(cNode, path + ".calibration", d);
        if (id is null || axis is null || name is null || computation is null || calibration is null)
            return null;
        return new IndicatorDefinition(id, axis.Value, name, f.Text("measures") ?? name, passages, computation, calibration);
    }

    private static CalibrationSpec? ReadCalibration(YamlNode node, string path, InputDiagnostics d)
    {
        var f = YamlFields.Open(node, path, d, ["method", "full", "crossover", "non", "values", "threshold", "increasing"]);
        if (f is null)
            return null;
        switch (f.Text("method", required: true))
        {
            case null:
                return null;
            case "direct":
                var full = f.Number("full", required: true, allowNegative: true);
                var cross = f.Number("crossover", required: true, allowNegative: true);
                var non = f.Number("non", required: true, allowNegative: true);
                if (full is null || cross is null || non is null)
                    return null;
                var anchors = Anchors.TryCreate((double)full, (double)cross, (double)non, out var error);
                if (anchors is null)
                    d.Add(node, path, error!);
                return anchors is null ? null : new DirectCalibrationSpec(anchors.Value);
            case "assignment":
                if (f.Get("values", required: true) is not YamlMappingNode map)
                {
                    if (f.Get("values") is { } bad)
                        d.Add(bad, path + ".values", "expected a mapping of category: membership");
                    return null;
                }

                var values = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
                foreach (var (k, v) in map.Children)
                {
                    if (k is not YamlScalarNode { Value: var key })
                    {
                        d.Add(k, path + ".values", "a category must be plain text");
                        continue;
                    }

                    if (v is YamlScalarNode { Value: { } s } && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double m) && m is >= 0 and <= 1)
                        values[key] = m;
                    else
                        d.Add(v, $"{path}.values.{key}", "a membership must be a number from 0 to 1");
                }

                return new AssignmentSpec(values.ToImmutable());
            case "crisp":
                var threshold = f.Number("threshold", required: true, allowNegative: true);
                return threshold is null ? null : new CrispSpec((double)threshold, f.Bool("increasing") ?? true);
            case var other:
                d.Add(f.Get("method")!, path + ".method", $"'{Echo.Quote(other)}' is not a calibration method: direct, assignment or crisp");
                return null;
        }
    }
}

/// <summary>A codebook, or the errors that stopped it.</summary>
/// <param name="Codebook">The codebook, when it has no error.</param>
/// <param name="Errors">Every error found.</param>
public sealed record CodebookResult(TypologyCodebook? Codebook, IReadOnlyList<InputError> Errors);
