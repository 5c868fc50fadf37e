namespace Willing.Storage.Tests;

/// <summary>Edits made on an exported text, by replacing one line.</summary>
internal static class Edits
{
    public static string NameLine(string text) => text.Split('\n').First(l => l.StartsWith("name: ", StringComparison.Ordinal));

    public static string WithName(string text, string name) =>
        text.Replace(NameLine(text), "name: \"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"", StringComparison.Ordinal);

    public static CaseEdit Rename(string text, string id, int basedOn, string name, string author = "ana") =>
        new(id, basedOn, WithName(text, name), author, []);

    public static string WithId(string text, string from, string to) =>
        text.Replace("\nid: " + from + "\n", "\nid: " + to + "\n", StringComparison.Ordinal);
}
