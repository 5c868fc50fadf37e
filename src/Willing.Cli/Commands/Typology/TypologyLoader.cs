using Willing.Cli.Output;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Typology.Codebook;

namespace Willing.Cli.Commands.Typology;

/// <summary>Loads the codebook and the coalitions a typology command asks for, printing errors when it cannot.</summary>
internal static class TypologyLoader
{
    /// <summary>The codebook of <c>--codebook</c>, or the built-in one; null (errors printed) when the file has errors.</summary>
    public static TypologyCodebook? Codebook(TypologySettings settings, CliOutput output) => Codebook(settings.Codebook, output);

    /// <summary>The codebook at <paramref name="path"/>, or the built-in one when it is null; null (errors printed) when the file has errors.</summary>
    public static TypologyCodebook? Codebook(string? path, CliOutput output)
    {
        if (path is null)
            return CodebookReader.BuiltIn();
        var result = CodebookReader.ReadFile(path);
        foreach (var error in result.Errors)
            output.Error.WriteLine(error.ToString());
        if (result.Codebook is null)
            output.Error.WriteLine($"willing: the codebook has {CaseBaseLoader.Plural(result.Errors.Count, "error")}");
        return result.Codebook;
    }

    /// <summary>The codebook and every coalition of the case base, for the commands that work on the whole base; null (errors printed) on any failure.</summary>
    public static (TypologyCodebook Codebook, IReadOnlyList<Coalition> Coalitions)? Everything(TypologySettings settings, CliOutput output)
    {
        var codebook = Codebook(settings, output);
        var coalitions = codebook is null ? null : Coalitions([], all: true, settings, output);
        return codebook is null || coalitions is null ? null : (codebook, coalitions);
    }

    /// <summary>
    /// Resolves targets: a path to an existing file (or one ending in .yaml or .yml) is read as a
    /// case file, anything else is looked up by id in the case base. Null (errors printed) on any failure.
    /// </summary>
    /// <param name="targets">Case files and ids.</param>
    /// <param name="all">Whether every case of the case base is wanted too.</param>
    /// <param name="settings">The command's settings, naming the case base.</param>
    /// <param name="output">Where errors are printed.</param>
    /// <param name="caseBaseRead">The case base of <paramref name="settings"/> when the command has read it already, so that it is not read twice.</param>
    /// <param name="done">What the command does with the cases, for the message when a case file has errors ("nothing was classified").</param>
    public static IReadOnlyList<Coalition>? Coalitions(IReadOnlyList<string> targets, bool all, CaseSettings settings, CliOutput output, CaseBase? caseBaseRead = null, string done = "classified")
    {
        var files = targets.Where(IsFile).ToList();
        var ids = targets.Where(t => !IsFile(t)).ToList();
        CaseBase? caseBase = null;
        if (all || ids.Count > 0)
        {
            caseBase = caseBaseRead ?? CaseBaseLoader.Load(settings, output);
            if (caseBase is null)
                return null;
        }

        var result = new List<Coalition>();
        if (files.Count > 0)
        {
            var loaded = CaseBase.Load(files);
            if (loaded.CaseBase is null)
            {
                foreach (var error in loaded.Errors)
                    output.Error.WriteLine(error.ToString());
                output.Error.WriteLine($"willing: {CaseBaseLoader.Plural(loaded.ErrorCount, "error")} in the case files; nothing was {done}");
                return null;
            }

            result.AddRange(loaded.CaseBase.Coalitions);
        }

        if (all)
            result.AddRange(caseBase!.Coalitions);
        foreach (var id in ids)
        {
            var c = caseBase!.Find(id);
            if (c is null)
            {
                CaseBaseLoader.UnknownId(caseBase, id, output);
                return null;
            }

            result.Add(c);
        }

        return result;
    }

    private static bool IsFile(string target) =>
        File.Exists(target) || target.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
