namespace Willing.Core.Model;

/// <summary>What kind of source, from the strongest evidence to the weakest.</summary>
/// <remarks>
/// Case files spell each value in kebab case, e.g. <c>official</c>. Cooper's paper itself is an
/// <see cref="Academic"/> source marked <c>paper: true</c> (<see cref="Source.IsPaper"/>). Blogs,
/// forums and proxy addresses are weak sources: <c>willing cases sources</c> lists every fact that
/// rests on them alone.
/// </remarks>
public enum SourceKind
{
    /// <summary>An official document or site of a government, parliament or international organisation (UN resolutions, treaty depositary records). (<c>official</c>)</summary>
    Official,

    /// <summary>A primary record by a participant: a campaign's own site, a speech, a letter, a press release. (<c>primary</c>)</summary>
    Primary,

    /// <summary>Scholarship: a book, a journal article, a working paper (Cooper 2005 among them). (<c>academic</c>)</summary>
    Academic,

    /// <summary>A news report or wire story. (<c>news</c>)</summary>
    News,

    /// <summary>An encyclopedia, a yearbook, a database or another reference work (Wikipedia, SIPRI, the Landmine Monitor). (<c>reference</c>)</summary>
    Reference,

    /// <summary>A copy of another source at another address; the source names what it mirrors (<c>mirrors:</c>). (<c>mirror</c>)</summary>
    Mirror,

    /// <summary>A blog or personal site. (<c>blog</c>)</summary>
    Blog,

    /// <summary>A forum or discussion-board post. (<c>forum</c>)</summary>
    Forum,
}
