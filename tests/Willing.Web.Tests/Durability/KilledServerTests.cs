using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Willing.Storage;

namespace Willing.Web.Tests.Durability;

/// <summary>
/// A write interrupted half-way by killing the process leaves the database as it was before the write (or with the
/// whole write): <c>willing serve</c> runs as a separate process and is sent SIGKILL at seeded random moments while it
/// seeds a new database, imports a case and edits one; after each kill the file is opened again and checked.
/// </summary>
public sealed partial class KilledServerTests
{
    private const string Token = "kill-test-token-0123456789";

    [Fact]
    public async Task A_killed_server_leaves_every_write_whole_or_absent()
    {
        string folder = Path.Combine(Path.GetTempPath(), "willing-kill-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string db = Path.Combine(folder, "kill.db");
        var random = new Random(12);
        try
        {
            // Killed while seeding the new database: the next open finds it empty or fully seeded.
            using (var server = StartServer(db))
            {
                await Task.Delay(random.Next(50, 400));
                Kill(server);
            }

            var store = await CaseStore.OpenSqliteAsync(db);
            int seeded = (await store.ListCasesAsync()).Count;
            Assert.Equal(28, seeded);
            SqliteConnection.ClearAllPools();

            string template = await File.ReadAllTextAsync(Path.Combine(RepoRoot.Find(), "data", "cases", "iraq-2003.yaml"));
            for (int attempt = 0; attempt < 6; attempt++)
            {
                var before = await SnapshotAsync(db);
                string newId = $"killed-import-{attempt}";
                string imported = IdPattern().Replace(template, $"id: {newId}", 1);
                string? edited = null;
                int delay = random.Next(0, 40);
                using (var server = StartServer(db))
                {
                    var address = await AddressAsync(server);
                    using var client = new HttpClient { BaseAddress = address };
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
                    var current = before["iraq-2003"];
                    edited = current.Text.Replace("summary: ", "summary: Edited. ", StringComparison.Ordinal);
                    var put = new HttpRequestMessage(HttpMethod.Put, "/api/cases/iraq-2003")
                    {
                        Content = new StringContent(edited, Encoding.UTF8, "application/yaml"),
                    };
                    put.Headers.Add("X-Willing-Sources", FirstSource(current.Text));
                    put.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"rev-{current.Revision}\""));
                    // Both writes in flight, then the kill at a random moment (often mid-write, sometimes before or after).
                    var writes = Task.WhenAll(
                        client.PostAsync(new Uri("/api/cases", UriKind.Relative), new StringContent(imported, Encoding.UTF8, "application/yaml")),
                        client.SendAsync(put));
                    await Task.Delay(delay);
                    Kill(server);
                    try
                    {
                        await writes;
                    }
                    catch (HttpRequestException)
                    {
                        // The connection died with the process: expected.
                    }
                }

                var after = await SnapshotAsync(db);
                // Every case that was there is still there, unchanged but for the one edit, which is whole or absent.
                foreach (var (id, old) in before)
                {
                    Assert.True(after.ContainsKey(id), $"attempt {attempt}: {id} lost");
                    if (id != "iraq-2003")
                        Assert.Equal(old, after[id]);
                }

                var iraq = after["iraq-2003"];
                Assert.True(iraq == before["iraq-2003"] || iraq.Revision == before["iraq-2003"].Revision + 1,
                    $"attempt {attempt}: iraq-2003 went from revision {before["iraq-2003"].Revision} to {iraq.Revision}");
                if (iraq.Revision > before["iraq-2003"].Revision)
                    Assert.Contains("summary: Edited.", iraq.Text, StringComparison.Ordinal);
                // The import: absent, or there with its one revision, reading back without error.
                if (after.TryGetValue(newId, out var added))
                {
                    Assert.Equal(1, added.Revision);
                    Assert.Empty(Willing.Core.Reading.CaseFileReader.Read(newId + ".yaml", added.Text).Errors);
                }

                Assert.True(after.Count == before.Count || after.Count == before.Count + 1);
                Assert.Equal("ok", IntegrityCheck(db));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string FirstSource(string text) => SourceIdPattern().Match(text[text.IndexOf("\nsources:", StringComparison.Ordinal)..]).Groups[1].Value;

    private static async Task<Dictionary<string, (int Revision, string Text)>> SnapshotAsync(string db)
    {
        var store = await CaseStore.OpenSqliteAsync(db);
        var cases = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var c in await store.ListCasesAsync())
            cases[c.Id] = (c.Revision, (await store.ExportAsync(c.Id))!);
        SqliteConnection.ClearAllPools();
        return cases;
    }

    private static string IntegrityCheck(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        string result = (string)command.ExecuteScalar()!;
        connection.Close();
        SqliteConnection.ClearAllPools();
        return result;
    }

    private static Process StartServer(string db)
    {
        string cli = Path.Combine(RepoRoot.Find(), "src", "Willing.Cli", "bin", Configuration, "net10.0", "willing.dll");
        Assert.True(File.Exists(cli), $"{cli} is not built");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in (string[])[cli, "serve", "--urls", "http://127.0.0.1:0", "--db", db])
            start.ArgumentList.Add(arg);
        start.Environment["WILLING_TOKEN"] = Token;
        return Process.Start(start)!;
    }

    private static async Task<Uri> AddressAsync(Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = AddressPattern().Match(line);
            if (match.Success)
                return new Uri(match.Groups[1].Value);
        }

        throw new InvalidOperationException("willing serve ended before it listened: " + await server.StandardError.ReadToEndAsync());
    }

    private static void Kill(Process server)
    {
        server.Kill(entireProcessTree: true);
        server.WaitForExit();
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [GeneratedRegex(@"^id: .*$", RegexOptions.Multiline)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^  - id: (\S+)", RegexOptions.Multiline)]
    private static partial Regex SourceIdPattern();

    [GeneratedRegex(@"Willing workbench on (http://\S+)")]
    private static partial Regex AddressPattern();
}
