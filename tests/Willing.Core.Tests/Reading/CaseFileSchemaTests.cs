using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Willing.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Willing.Core.Tests.Reading;

/// <summary>The JSON Schema for editors (docs/case-file.schema.json) must accept every file the reader accepts and agree on the enums.</summary>
public class CaseFileSchemaTests
{
    private static readonly string Root = RepoRoot.Find();
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "docs", "case-file.schema.json"))));

    public static TheoryData<string> CaseFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "data", "cases"), "*.yaml").Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Root, file));
        data.Add(Path.Combine("docs", "examples", "minimal-case.yaml"));
        data.Add(Path.Combine("docs", "examples", "v2-features.yaml"));
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void CaseFile_FirstLine_NamesTheSchemaForEditors(string file)
    {
        string first = File.ReadLines(Path.Combine(Root, file)).First();
        string expected = file.StartsWith("docs", StringComparison.Ordinal) ? "../case-file.schema.json" : "../../docs/case-file.schema.json";

        Assert.Equal("# yaml-language-server: $schema=" + expected, first);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Root, Path.GetDirectoryName(file)!, expected))));
    }

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void Schema_BuiltInCaseFile_IsValid(string file)
    {
        var json = YamlToJson(File.ReadAllText(Path.Combine(Root, file)));

        var result = Schema.Value.Evaluate(JsonSerializer.SerializeToElement(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

        var problems = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Fact]
    public void Schema_UnknownKey_IsInvalid()
    {
        string text = File.ReadAllText(Path.Combine(Root, "docs", "examples", "minimal-case.yaml")) + "\nunexpected: 1\n";

        var result = Schema.Value.Evaluate(JsonSerializer.SerializeToElement(YamlToJson(text)));

        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("/properties/issue_area/properties/category", typeof(IssueCategory))]
    [InlineData("/properties/trigger/properties/kind", typeof(TriggerKind))]
    [InlineData("/properties/institutions/properties/relation", typeof(InstitutionalRelation))]
    [InlineData("/properties/actors/items/properties/kind", typeof(ActorKind))]
    [InlineData("/properties/memberships/items/properties/roles/oneOf/1", typeof(Role))]
    [InlineData("/properties/memberships/items/properties/exit/properties/reason", typeof(ExitReason))]
    [InlineData("/properties/inducements/items/properties/kind", typeof(InducementKind))]
    [InlineData("/properties/ties/items/properties/kind", typeof(TieKind))]
    [InlineData("/properties/events/items/properties/kind", typeof(EventKind))]
    [InlineData("/properties/lists/items/properties/kind", typeof(ListKind))]
    [InlineData("/properties/sources/items/properties/kind", typeof(SourceKind))]
    [InlineData("/properties/memberships/items/properties/changes/items/properties/kind", typeof(ChangeKind))]
    [InlineData("/properties/antecedents/items/properties/relation", typeof(LineageRelation))]
    public void Schema_Enum_MatchesTheReader(string pointer, Type enumType)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs", "case-file.schema.json")))!;
        foreach (var part in pointer.Trim('/').Split('/'))
            node = int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int i) ? node![i] : node![part];
        var inSchema = node!["enum"]!.AsArray().Select(v => v!.GetValue<string>());

        var inReader = Enum.GetNames(enumType).Select(KebabCase.FromPascal);

        Assert.Equal(inReader, inSchema);
    }

    /// <summary>YAML 1.2 core-schema typing: plain scalars that look like numbers, booleans or null become those.</summary>
    private static JsonNode? YamlToJson(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode s when s.Style != YamlDotNet.Core.ScalarStyle.Plain => JsonValue.Create(s.Value),
        YamlScalarNode { Value: null or "" or "~" or "null" } => null,
        YamlScalarNode { Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        YamlScalarNode s when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l) => JsonValue.Create(l),
        YamlScalarNode s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) => JsonValue.Create(d),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new InvalidOperationException("unexpected YAML node"),
    };
}
