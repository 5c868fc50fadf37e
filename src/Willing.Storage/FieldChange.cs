namespace Willing.Storage;

/// <summary>One field of a case file that an edit added, removed or changed.</summary>
/// <param name="Path">
/// The field: a top-level key (<c>name</c>), a key of a top-level mapping (<c>trigger.kind</c>), or an
/// item of a top-level list named by its <c>id</c> or <c>actor</c> (<c>memberships[uk]</c>); a list whose
/// items have no such key is named as a whole (<c>ties</c>).
/// </param>
/// <param name="Kind">How it changed.</param>
public sealed record FieldChange(string Path, FieldChangeKind Kind)
{
    /// <summary>The change as stored and shown: <c>changed name</c>, <c>added memberships[fr]</c>.</summary>
    public override string ToString() => Kind switch
    {
        FieldChangeKind.Added => "added ",
        FieldChangeKind.Removed => "removed ",
        _ => "changed ",
    } + Path;

    /// <summary>Reads a change written by <see cref="ToString"/>.</summary>
    internal static FieldChange Parse(string line)
    {
        int space = line.IndexOf(' ', StringComparison.Ordinal);
        var kind = line[..space] switch
        {
            "added" => FieldChangeKind.Added,
            "removed" => FieldChangeKind.Removed,
            _ => FieldChangeKind.Changed,
        };
        return new FieldChange(line[(space + 1)..], kind);
    }
}
