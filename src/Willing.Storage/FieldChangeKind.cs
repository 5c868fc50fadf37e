namespace Willing.Storage;

/// <summary>How a field of a case file changed between two revisions.</summary>
public enum FieldChangeKind
{
    /// <summary>The field or item is new.</summary>
    Added,

    /// <summary>The field or item is gone.</summary>
    Removed,

    /// <summary>The field or item is there in both, with a different value.</summary>
    Changed,
}
