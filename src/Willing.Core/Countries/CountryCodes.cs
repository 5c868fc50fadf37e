using System.Collections.Frozen;

namespace Willing.Core.Countries;

/// <summary>ISO 3166-1 alpha-3 codes of current states and ISO 3166-3 codes of former ones, with English names.</summary>
/// <remarks>The table is generated from Debian's iso-codes by <c>tools/gen-iso3166.py</c> and embedded in the library.</remarks>
public static class CountryCodes
{
    private static readonly Lazy<FrozenDictionary<string, Country>> Table = new(Load);

    /// <summary>Every known code.</summary>
    public static IEnumerable<Country> All => Table.Value.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    /// <summary>Looks up a code (upper case, exact).</summary>
    public static bool TryGet(string code, out Country country) => Table.Value.TryGetValue(code, out country!);

    private static FrozenDictionary<string, Country> Load()
    {
        using var stream = typeof(CountryCodes).Assembly.GetManifestResourceStream("Willing.Countries.iso3166.tsv")
            ?? throw new InvalidOperationException("the ISO 3166 table is not embedded in Willing.Core");
        using var reader = new StreamReader(stream);
        var rows = new Dictionary<string, Country>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
                continue;
            var cells = line.Split('\t');
            rows[cells[0]] = new Country(cells[0], cells[1], cells[2] == "former");
        }

        return rows.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>A state known to ISO 3166.</summary>
/// <param name="Code">Its alpha-3 code.</param>
/// <param name="Name">Its English name.</param>
/// <param name="Former">True for a state that no longer exists (ISO 3166-3), such as the USSR.</param>
public sealed record Country(string Code, string Name, bool Former);
