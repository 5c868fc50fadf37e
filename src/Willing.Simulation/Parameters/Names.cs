namespace Willing.Simulation.Parameters;

/// <summary>The rule for the names of parameters and reporters, which become column names.</summary>
internal static class Names
{
    /// <summary>Columns every result table starts with; no parameter or reporter may take these names.</summary>
    public static readonly string[] Reserved = ["run", "point", "replicate", "seed", "step", "month", "agent", "agent_kind"];

    /// <summary>Throws unless <paramref name="name"/> is lower snake case: a letter, then letters, digits or underscores.</summary>
    public static void Require(string name, string what)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValid(name))
            throw new ArgumentException($"the {what} name '{name}' is not lower snake case (a-z, then a-z, 0-9 or _)");
        if (Reserved.Contains(name, StringComparer.Ordinal))
            throw new ArgumentException($"the {what} name '{name}' is reserved for a column every result table has ({string.Join(", ", Reserved)})");
    }

    private static bool IsValid(string name) =>
        name.Length is > 0 and <= 64 && name[0] is >= 'a' and <= 'z'
        && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
