using System.Globalization;
using Willing.Core.Reading.Yaml;

namespace Willing.Core.Reading;

/// <summary>Collects the errors of one input file with their positions, within the limits.</summary>
/// <remarks>
/// The same error (position, field and message) is kept once however often a reader reaches it.
/// At most <see cref="InputLimits.MaxErrors"/> are returned by <see cref="Sorted"/>; the rest are
/// counted and reported as one closing error, so a file with a million mistakes costs no more
/// than reading it.
/// </remarks>
public sealed class InputDiagnostics
{
    private readonly List<InputError> _errors = [];
    private readonly HashSet<(int, int, string, string)> _seen = [];
    private long _suggestionBudget;

    /// <summary>Diagnostics for one file.</summary>
    /// <param name="file">The file name errors are reported under.</param>
    /// <param name="limits">The limits (default: <see cref="InputLimits.Default"/>).</param>
    public InputDiagnostics(string file, InputLimits? limits = null)
    {
        File = file;
        Limits = limits ?? InputLimits.Default;
        _suggestionBudget = Limits.SuggestionBudget;
    }

    /// <summary>The file name errors are reported under.</summary>
    public string File { get; }

    /// <summary>The limits in force.</summary>
    public InputLimits Limits { get; }

    /// <summary>How many distinct errors were found, including those not kept.</summary>
    public int Count { get; private set; }

    /// <summary>True when any error was found.</summary>
    public bool HasErrors => Count > 0;

    /// <summary>Reports an error at a position.</summary>
    public void Add(YamlPosition position, string path, string message)
    {
        string field = path.Length == 0 ? "$" : path;
        if (!_seen.Add((position.Line, position.Column, field, message)))
            return;
        Count++;
        // Kept errors are bounded; ten times the printed number keeps the first ones in file order
        // even when a reader reports out of order.
        if (_errors.Count < Limits.MaxErrors * 10)
            _errors.Add(new InputError(File, position.Line, position.Column, message, field));
    }

    /// <summary>Reports an error at a node.</summary>
    public void Add(YamlNode node, string path, string message) => Add(node.Start, path, message);

    /// <summary>Adds an error found elsewhere (e.g. by a text check), keeping its position.</summary>
    public void Add(InputError error) => Add(new YamlPosition(error.Line, error.Column), error.FieldPath == "$" ? string.Empty : error.FieldPath, error.Message);

    /// <summary>
    /// The errors in file order (line, then column), at most <see cref="InputLimits.MaxErrors"/>;
    /// when there were more, the last one says how many more there were.
    /// </summary>
    public IReadOnlyList<InputError> Sorted()
    {
        var sorted = _errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
        if (Count <= Limits.MaxErrors)
            return sorted;
        var shown = sorted.Take(Limits.MaxErrors).ToList();
        var next = sorted[Limits.MaxErrors];
        int more = Count - Limits.MaxErrors;
        string limit = Limits.MaxErrors.ToString(CultureInfo.InvariantCulture);
        shown.Add(new InputError(File, next.Line, next.Column, $"… and {more.ToString(CultureInfo.InvariantCulture)} more errors (at most {limit} are shown per file); mend these and run again", "$"));
        return shown;
    }

    /// <summary>
    /// The nearest candidate within two edits, for "did you mean" hints; none for words longer
    /// than <see cref="InputLimits.MaxSuggestLength"/> or once the file's budget of comparisons is spent.
    /// </summary>
    public string? Suggest(string word, IEnumerable<string> candidates)
    {
        int maxLength = Math.Min(Limits.MaxSuggestLength, 256);
        if (word.Length == 0 || word.Length > maxLength || _suggestionBudget <= 0)
            return null;
        string? best = null;
        int bestDistance = 3;
        foreach (var c in candidates)
        {
            if (Math.Abs(c.Length - word.Length) >= bestDistance || c.Length > maxLength)
                continue;
            _suggestionBudget -= (long)(word.Length + 1) * (c.Length + 1);
            if (_suggestionBudget <= 0)
                return best;
            int d = Levenshtein(word, c);
            if (d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }

        return best;
    }

    private static int Levenshtein(string a, string b)
    {
        // Both words are at most MaxSuggestLength long (checked by the caller), so the rows fit on the stack.
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
