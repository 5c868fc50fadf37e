namespace Willing.Core.Model;

/// <summary>What kind of source.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>seed</c>.</remarks>
public enum SourceKind
{
    /// <summary>Cooper (2005), the paper Willing implements. (<c>seed</c>)</summary>
    Seed,
    /// <summary>An official document or site. (<c>official</c>)</summary>
    Official,
    /// <summary>A primary text. (<c>primary</c>)</summary>
    Primary,
    /// <summary>Scholarship. (<c>academic</c>)</summary>
    Academic,
    /// <summary>A news report. (<c>news</c>)</summary>
    News,
    /// <summary>An encyclopedia or reference work. (<c>reference</c>)</summary>
    Reference,
    /// <summary>Another secondary account. (<c>secondary</c>)</summary>
    Secondary,
    /// <summary>A blog or forum. (<c>blog</c>)</summary>
    Blog,
    /// <summary>A mirror or reprint of another source. (<c>mirror</c>)</summary>
    Mirror,
}
