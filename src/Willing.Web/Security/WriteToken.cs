using System.Security.Cryptography;
using System.Text;
using Willing.Storage;

namespace Willing.Web.Security;

/// <summary>
/// The bearer token that every write needs: <c>WILLING_TOKEN</c> when set, else the token kept in
/// <c>willing-token</c> beside the SQLite file (or in the data folder for PostgreSQL), made on first run.
/// </summary>
/// <param name="Value">The token.</param>
/// <param name="Origin">Where it came from, for the start-up message: the variable, or the file's path.</param>
/// <param name="Generated">Whether it was made now (then the start-up message prints it).</param>
public sealed record WriteToken(string Value, string Origin, bool Generated)
{
    /// <summary>The environment variable that sets the token.</summary>
    public const string Variable = "WILLING_TOKEN";

    /// <summary>The file name of a kept token.</summary>
    public const string FileName = "willing-token";

    /// <summary>The shortest token accepted from the variable or a file.</summary>
    public const int MinimumLength = 16;

    /// <summary>Resolves the token for a database (see the type's summary).</summary>
    /// <param name="explicitToken">A token given in code (tests); wins over the variable.</param>
    /// <param name="database">The database the workbench opens.</param>
    /// <exception cref="InvalidOperationException">The variable or the kept file holds a token shorter than <see cref="MinimumLength"/>.</exception>
    public static WriteToken Resolve(string? explicitToken, string database)
    {
        if (!string.IsNullOrEmpty(explicitToken))
            return new WriteToken(Checked(explicitToken, "the options"), "the options", false);
        string? variable = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(variable))
            return new WriteToken(Checked(variable.Trim(), Variable), Variable, false);

        string folder = CaseStore.IsConnectionString(database)
            ? WorkbenchOptions.DataDirectory
            : Path.GetDirectoryName(Path.GetFullPath(database)) ?? WorkbenchOptions.DataDirectory;
        string path = Path.Combine(folder, FileName);
        if (File.Exists(path))
            return new WriteToken(Checked(File.ReadAllText(path).Trim(), path), path, false);

        Directory.CreateDirectory(folder);
        string token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        // Created for the owner only: the token lets whoever reads it write to the case base.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(path, options))
            stream.Write(Encoding.UTF8.GetBytes(token + "\n"));
        return new WriteToken(token, path, true);
    }

    /// <summary>Whether <paramref name="candidate"/> is this token, compared in constant time.</summary>
    /// <param name="candidate">The token a request presents.</param>
    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(Value));

    private static string Checked(string token, string origin) => token.Length >= MinimumLength
        ? token
        : throw new InvalidOperationException($"the write token from {origin} is shorter than {MinimumLength} characters");
}
