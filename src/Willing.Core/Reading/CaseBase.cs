using System.Collections.Immutable;
using Willing.Core.Model;

namespace Willing.Core.Reading;

/// <summary>A set of coalitions read from case files, with unique ids.</summary>
public sealed class CaseBase
{
    private const string ResourcePrefix = "Willing.Cases.";

    private CaseBase(ImmutableArray<Coalition> coalitions) => Coalitions = coalitions;

    /// <summary>A case base of coalitions already read and checked (for instance a report's), in the order given.</summary>
    public static CaseBase Of(IEnumerable<Coalition> coalitions) => new([.. coalitions]);

    /// <summary>The coalitions, ordered by start date, then id.</summary>
    public ImmutableArray<Coalition> Coalitions { get; }

    /// <summary>The coalition with this id, if any.</summary>
    public Coalition? Find(string id) => Coalitions.FirstOrDefault(c => c.Id.Value == id);

    /// <summary>Reads the built-in case base embedded in the program; errors are reported under <c>data/cases/FILE</c>.</summary>
    /// <remarks>
    /// The files are read in parallel, each on its own, and combined in the order of their names,
    /// so the result (and every error message) is the same on any number of cores.
    /// </remarks>
    public static CaseBaseResult LoadBuiltIn()
    {
        var assembly = typeof(CaseBase).Assembly;
        string[] names = [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
        var files = new CaseFileResult[names.Length];

        // Reading a case file touches nothing shared but immutable tables; YAML parsing was most of
        // the start-up time of every command on the built-in case base.
        Parallel.For(0, names.Length, i =>
        {
            using var stream = assembly.GetManifestResourceStream(names[i])!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            string name = "data/cases/" + names[i][ResourcePrefix.Length..];
            files[i] = CaseFileReader.ReadBuiltIn(name, memory.GetBuffer().AsSpan(0, (int)memory.Length));
        });
        return Combine(files, checkAntecedents: true);
    }

    /// <summary>
    /// Reads case files from paths; a folder stands for every <c>*.yaml</c> and <c>*.yml</c> file
    /// directly inside it. A path that does not exist is an error.
    /// </summary>
    public static CaseBaseResult Load(IEnumerable<string> paths)
    {
        var results = new List<CaseFileResult>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                    results.Add(new CaseFileResult(path, null, [new InputError(path, 1, 1, "the folder holds no .yaml case files", "$")]));
                results.AddRange(files.Select(f => CaseFileReader.ReadFile(f)));
            }
            else if (File.Exists(path))
            {
                results.Add(CaseFileReader.ReadFile(path));
            }
            else
            {
                results.Add(new CaseFileResult(path, null, [new InputError(path, 1, 1, "no such file or folder", "$")]));
            }
        }

        return Combine(results);
    }

    /// <summary>Combines file results into a case base; ids must be unique across files. Any error anywhere loads nothing.</summary>
    /// <param name="files">The files read.</param>
    /// <param name="checkAntecedents">Whether every antecedent must be a case of this base; by default, when there is more than one file.</param>
    public static CaseBaseResult Combine(IEnumerable<CaseFileResult> files, bool? checkAntecedents = null)
    {
        var fileList = files.ToList();
        var errors = fileList.SelectMany(f => f.Errors).ToList();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in fileList.Where(f => f.Coalition is not null))
        {
            string id = file.Coalition!.Id.Value;
            if (!seen.TryAdd(id, file.File))
                errors.Add(new InputError(file.File, file.IdLine, 1, $"duplicate coalition id '{id}': {seen[id]} already uses it", "id"));
        }

        // An antecedent must be a case of the same base, unless a file is read on its own (a lone file may name cases it does not hold).
        if (checkAntecedents ?? fileList.Count > 1)
        {
            foreach (var file in fileList.Where(f => f.Coalition is not null))
            {
                foreach (var (caseId, position, path) in file.AntecedentRefs)
                {
                    if (!seen.ContainsKey(caseId))
                        errors.Add(new InputError(file.File, position.Line, position.Column, $"antecedent '{Echo.Quote(caseId)}' is not a case in this case base", path));
                }
            }
        }

        var coalitions = errors.Count == 0
            ? fileList.Select(f => f.Coalition!).OrderBy(c => c.Period.Start).ThenBy(c => c.Id.Value, StringComparer.Ordinal).ToImmutableArray()
            : [];
        int errorCount = fileList.Sum(f => f.ErrorCount) + errors.Count - fileList.Sum(f => f.Errors.Count);
        return new CaseBaseResult(errors.Count == 0 ? new CaseBase(coalitions) : null, errors, fileList.Count) { ErrorCount = errorCount };
    }
}

/// <summary>The outcome of loading a case base: all of it, or nothing and the errors.</summary>
/// <param name="CaseBase">The case base, when every file loaded.</param>
/// <param name="Errors">Every error in every file.</param>
/// <param name="FileCount">How many files were read.</param>
public sealed record CaseBaseResult(CaseBase? CaseBase, IReadOnlyList<InputError> Errors, int FileCount)
{
    /// <summary>How many errors there are, counting those beyond each file's limit of errors shown.</summary>
    public int ErrorCount { get; init; } = Errors.Count;

    /// <summary>True when everything loaded.</summary>
    public bool Succeeded => CaseBase is not null;
}
