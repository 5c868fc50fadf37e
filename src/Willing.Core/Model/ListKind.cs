namespace Willing.Core.Model;

/// <summary>What a published list of actors is for (Cooper 2005, §2 on naming and shaming).</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>membership</c>.</remarks>
public enum ListKind
{
    /// <summary>Who belongs, e.g. the White House list. (<c>membership</c>)</summary>
    Membership,
    /// <summary>Who supports, e.g. the Letter of Eight. (<c>support</c>)</summary>
    Support,
    /// <summary>A list of praise, e.g. 'Good Nations'. (<c>good</c>)</summary>
    Good,
    /// <summary>A list of blame, e.g. the 'Bad List'. (<c>bad</c>)</summary>
    Bad,
    /// <summary>A watch list. (<c>watch</c>)</summary>
    Watch,
    /// <summary>A report that names and shames. (<c>shame</c>)</summary>
    Shame,
}
