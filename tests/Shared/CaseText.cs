using Willing.Core.Model;
using Willing.Core.Reading;

namespace Willing.Tests;

/// <summary>Tests that start from a valid case-file text and break one line of it: read, replace, expect success or one error.</summary>
internal static class CaseText
{
    /// <summary>Reads a text as the file <c>test.yaml</c>.</summary>
    public static CaseFileResult Read(string text) => CaseFileReader.Read("test.yaml", text);

    /// <summary>The valid text with one exact line (or fragment) replaced; fails when the fragment is not in it.</summary>
    public static string Replace(string valid, string line, string replacement)
    {
        Assert.Contains(line, valid, StringComparison.Ordinal);
        return valid.Replace(line, replacement, StringComparison.Ordinal);
    }

    /// <summary>Reads a text that must be valid, showing every error otherwise.</summary>
    public static Coalition ReadValid(string text)
    {
        var result = Read(text);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Coalition!;
    }

    /// <summary>Reads a text that must fail with exactly one error, and returns it.</summary>
    public static InputError SingleError(string text)
    {
        var result = Read(text);
        Assert.Null(result.Coalition);
        return Assert.Single(result.Errors);
    }
}
