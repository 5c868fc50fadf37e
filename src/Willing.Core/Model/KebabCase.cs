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
        where TEnum : struct, Enum => EnumSpelling<TEnum>.Spelling(value);

    /// <summary>Every kebab spelling of an enum, in declaration order.</summary>
    public static IReadOnlyList<string> Names<TEnum>()
        where TEnum : struct, Enum => EnumSpelling<TEnum>.All;

    /// <summary>Reads a kebab spelling back into the enum value.</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum => EnumSpelling<TEnum>.TryParse(text, out value);

    // Plain arrays and a string-keyed index rather than collections keyed by the enum: code generic
    // over a value type is compiled anew for each enum (it cannot share the framework's precompiled
    // code), and frozen dictionaries over the twenty-odd enums cost more start-up time than reading
    // the whole case base. The enums are small, so finding a value's spelling scans the array.
    private static class EnumSpelling<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

        private static readonly string[] Spellings = Spell(Values);

        private static readonly Dictionary<string, int> Index = IndexOf(Spellings);

        public static IReadOnlyList<string> All => Spellings;

        public static string Spelling(TEnum value)
        {
            for (int i = 0; i < Values.Length; i++)
            {
                if (EqualityComparer<TEnum>.Default.Equals(Values[i], value))
                    return Spellings[i];
            }

            throw new KeyNotFoundException($"{typeof(TEnum).Name} has no value {value}");
        }

        public static bool TryParse(string text, out TEnum value)
        {
            if (Index.TryGetValue(text, out int i))
            {
                value = Values[i];
                return true;
            }

            value = default;
            return false;
        }

        private static string[] Spell(TEnum[] values)
        {
            var spellings = new string[values.Length];
            for (int i = 0; i < values.Length; i++)
                spellings[i] = FromPascal(values[i].ToString());
            return spellings;
        }

        private static Dictionary<string, int> IndexOf(string[] spellings)
        {
            var index = new Dictionary<string, int>(spellings.Length, StringComparer.Ordinal);
            for (int i = 0; i < spellings.Length; i++)
                index[spellings[i]] = i;
            return index;
        }
    }
}
