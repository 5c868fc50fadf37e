using System.Collections.Frozen;
using System.Text;

namespace Willing.Core.Model;

/// <summary>Spells enum values as case files do: <c>NgoNetwork</c> is <c>ngo-network</c>.</summary>
public static class KebabCase
{
    /// <summary>The kebab spelling of a Pascal-case name.</summary>
    public static string FromPascal(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0)
                sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>The kebab spelling of an enum value.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumSpelling<TEnum>.ByValue[value];

    /// <summary>Every kebab spelling of an enum, in declaration order.</summary>
    public static IReadOnlyList<string> Names<TEnum>()
        where TEnum : struct, Enum => EnumSpelling<TEnum>.All;

    /// <summary>Reads a kebab spelling back into the enum value.</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum => EnumSpelling<TEnum>.ByName.TryGetValue(text, out value);

    private static class EnumSpelling<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => FromPascal(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> ByName =
            ByValue.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

        public static readonly IReadOnlyList<string> All = Enum.GetValues<TEnum>().Select(v => ByValue[v]).ToArray();
    }
}
