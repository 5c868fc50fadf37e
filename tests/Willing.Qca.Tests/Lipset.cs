using Willing.Qca.Data;

namespace Willing.Qca.Tests;

/// <summary>The Lipset data of R's QCA package (Fixtures/README.md), read by the reader under test.</summary>
internal static class Lipset
{
    /// <summary>The case order of every Lipset table.</summary>
    public static readonly string[] Cases = ["AU", "BE", "CZ", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "NL", "PL", "PT", "RO", "ES", "SE", "UK"];

    /// <summary>The five conditions, in QCA's order.</summary>
    public static readonly string[] Conditions = ["DEV", "URB", "LIT", "IND", "STB"];

    private static readonly Lazy<QcaData> RawData = new(() => Read("lipset-raw.csv"));
    private static readonly Lazy<QcaData> FuzzyData = new(() => Read("lipset-fuzzy.csv"));

    /// <summary><c>LR</c>: the raw indicators.</summary>
    public static QcaData Raw => RawData.Value;

    /// <summary><c>LF</c>: the fuzzy sets as shipped with the package.</summary>
    public static QcaData Fuzzy => FuzzyData.Value;

    /// <summary>The path of a fixture file.</summary>
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The bytes of a fixture file.</summary>
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    private static QcaData Read(string name)
    {
        var result = QcaCsvReader.ReadFile(Path(name));
        Assert.Empty(result.Errors);
        return result.Data!;
    }
}
