using Willing.Cli.Commands.Web;

namespace Willing.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("ftp://127.0.0.1:1", "not an http or https address")]
    [InlineData("not a url", "not an http or https address")]
    public void A_bad_address_is_refused_in_one_line(string urls, string message)
    {
        var run = CliRun.Of("serve", "--urls", urls);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(message, run.Error + run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_that_is_not_one_is_refused_in_one_line()
    {
        string folder = Path.Combine(Path.GetTempPath(), "willing-serve-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string db = Path.Combine(folder, "not.db");
            File.WriteAllText(db, "this is not a SQLite file, it is a sentence long enough to fill a header page");
            Environment.SetEnvironmentVariable("WILLING_TOKEN", "serve-test-token-0123456789");
            var run = CliRun.Of("serve", "--urls", "http://127.0.0.1:0", "--db", db);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("cannot open the workbench's database", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("WILLING_TOKEN", null);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Host=db.example.org;Database=willing;Username=w;Password=secret", "secret")]
    [InlineData("host=db;database=w;pwd=hunter2", "hunter2")]
    public void The_start_up_line_never_shows_a_password(string database, string password)
    {
        string shown = ServeCommand.Shown(database);
        Assert.DoesNotContain(password, shown, StringComparison.Ordinal);
        Assert.Contains("***", shown, StringComparison.Ordinal);
        Assert.Equal("/tmp/w.db", ServeCommand.Shown("/tmp/w.db"));
    }
}
