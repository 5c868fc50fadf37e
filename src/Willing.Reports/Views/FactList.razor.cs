using Microsoft.AspNetCore.Components;
using Willing.Core.Model;
using Willing.Typology.Classification;

namespace Willing.Reports.Views;

/// <summary>The first facts behind a finding, each shortened and with its sources (<see cref="SourceRef"/> as code), and how many more there are.</summary>
public partial class FactList
{
    /// <summary>How long a quoted fact may be before it is shortened.</summary>
    private const int FactLength = 180;

    /// <summary>The coalition, whose file declares the sources the facts cite.</summary>
    [Parameter, EditorRequired]
    public Coalition Coalition { get; set; } = null!;

    /// <summary>The facts, in order; nothing is rendered when there are none.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<Evidence> Facts { get; set; } = [];

    /// <summary>The text cut at a word to at most <see cref="FactLength"/> characters, with an ellipsis when cut.</summary>
    private static string Shorten(string text)
    {
        if (text.Length <= FactLength)
            return text;
        int cut = text.LastIndexOf(' ', FactLength - 1);
        return string.Concat(text.AsSpan(0, cut > FactLength / 2 ? cut : FactLength - 1), "…");
    }
}
