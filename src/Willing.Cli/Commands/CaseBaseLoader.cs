using Willing.Cli.Output;
using Willing.Core.Reading;

namespace Willing.Cli.Commands;

/// <summary>Loads the case base a command asks for and prints its errors when it cannot.</summary>
internal static class CaseBaseLoader
{
    /// <summary>The built-in case base, or the files and folders given with <c>--cases</c>; null (errors printed) when any file has an error.</summary>
    public static CaseBase? Load(CaseSettings settings, CliOutput output) => Load(settings.Cases, output);

    /// <summary>The built-in case base, or the given files and folders; null (errors printed) when any file has an error.</summary>
    public static CaseBase? Load(string[]? cases, CliOutput output)
    {
        var result = cases is { Length: > 0 } paths ? CaseBase.Load(paths) : CaseBase.LoadBuiltIn();
        if (result.CaseBase is not null)
            return result.CaseBase;
        foreach (var error in result.Errors)
            output.Error.WriteLine(error.ToString());
        output.Error.WriteLine($"willing: the case base has {Plural(result.ErrorCount, "error")}; nothing was loaded");
        return null;
    }

    /// <summary>Prints the error for an id the case base does not hold, with the ids it does.</summary>
    public static void UnknownId(CaseBase caseBase, string id, CliOutput output) =>
        output.Error.WriteLine($"willing: no coalition has the id '{Echo.Quote(id)}'; the ids are: {string.Join(", ", caseBase.Coalitions.Select(c => c.Id.Value))}");

        public static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
