namespace Willing.Tests;

/// <summary>Finds the repository root (the folder holding Willing.slnx) from a test's output folder; linked into every test project.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Willing.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Willing.slnx not found above " + AppContext.BaseDirectory);
    }
}
