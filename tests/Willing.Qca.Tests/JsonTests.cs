using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Willing.Qca.Calibration;
using Willing.Qca.Fit;
using Willing.Qca.Plots;
using Willing.Qca.TruthTables;

namespace Willing.Qca.Tests;

/// <summary>The results keep the contract's names (inclS, PRI, covS, covU, inclN, RoN, covN) whatever naming policy the CLI sets.</summary>
public sealed class JsonTests
{
    // As Willing.Cli.Output.Json: snake_case by policy, kebab-case enums, no nulls.
    private static readonly JsonSerializerOptions Cli = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private static JsonObject Serialize(object value) => JsonNode.Parse(JsonSerializer.Serialize(value, value.GetType(), Cli))!.AsObject();

    [Fact]
    public void Sufficiency_SerialisesWithTheContractsNames()
    {
        var json = Serialize(ParametersOfFit.Sufficiency(ParametersOfFitTests.Crisp, "DEV*~URB*LIT*STB + DEV*LIT*IND*STB", "SURV"));

        Assert.Equal(["expression", "outcome", "inclS", "PRI", "covS", "n", "cases", "excluded", "terms"], json.Select(p => p.Key));
        Assert.Equal(["expression", "inclS", "PRI", "covS", "covU", "n"], json["terms"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(0.25, json["terms"]![0]!["covU"]!.GetValue<double>());
    }

    [Fact]
    public void Necessity_SerialisesWithTheContractsNames()
    {
        var json = Serialize(ParametersOfFit.Necessity(Lipset.Fuzzy, "DEV", "SURV"));

        Assert.Equal(["expression", "outcome", "inclN", "RoN", "covN", "n", "cases", "excluded"], json.Select(p => p.Key));
    }

    [Fact]
    public void TruthTable_SerialisesOutAsQcaWritesIt_AndUndefinedFitAsAbsent()
    {
        var table = TruthTable.Build(Lipset.Fuzzy, "SURV", Lipset.Conditions, new TruthTableOptions { InclCut = 0.8, InclCut0 = 0.7 });

        var json = Serialize(table);

        Assert.Equal(["outcome", "conditions", "options", "rows", "caseCount", "excluded", "atCrossover", "positiveCodes", "negativeCodes", "contradictoryCodes", "remainderCount"], json.Select(p => p.Key));
        var outs = json["rows"]!.AsArray().Select(r => r!["OUT"]!.GetValue<string>()).ToList();
        Assert.Equal(["0", "0", "0", "0", "1", "0", "C", "0", "1"], outs);
        Assert.Equal(["code", "number", "values", "OUT", "n", "cases", "incl", "PRI", "deviant", "bothOutcomes"], json["rows"]![0]!.AsObject().Select(p => p.Key));
        var undefined = Serialize(ParametersOfFit.Sufficiency(ParametersOfFitTests.Table(("X", [0.0, 0]), ("Y", [1.0, 0])), "X", "Y"));
        Assert.False(undefined.ContainsKey("inclS"));
    }

    [Fact]
    public void OtherResults_SerialiseWithoutError()
    {
        var spec = Serialize(CalibrationSpec.Parse("STB=crisp:<10"));
        Assert.Equal("below", spec["comparison"]!.GetValue<string>()); // the CLI's kebab-case enums win over the type's converter
        Assert.Equal(["x", "y", "points", "inclS", "PRI", "covS", "inclN", "RoN", "covN", "excluded"], Serialize(XYPlot.For(Lipset.Fuzzy, "DEV", "SURV")).Select(p => p.Key));
        Assert.Equal("deviant-consistency-in-kind", Serialize(Diagnostics.CaseDiagnostics.Classify(Lipset.Fuzzy, "DEV", "SURV"))["cases"]![0]!["type"]!.GetValue<string>());
    }
}
