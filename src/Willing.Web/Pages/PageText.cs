using System.Globalization;
using Willing.Typology.Classification;

namespace Willing.Web.Pages;

/// <summary>What the pages write beyond the report's wording (<see cref="Willing.Reports.ReportText"/>): model keys, field ids, times, local addresses.</summary>
internal static class PageText
{
    /// <summary>The model as the contract's data attribute and filter value: one, two, hybrid, undetermined.</summary>
    public static string ModelKey(ModelKind model) => model switch
    {
        ModelKind.One => "one",
        ModelKind.Two => "two",
        ModelKind.Hybrid => "hybrid",
        _ => "undetermined",
    };

    /// <summary>The element id of a form field: its name with every character other than a letter, digit, <c>-</c> or <c>_</c> made a <c>-</c>, prefixed <c>f-</c>.</summary>
    /// <param name="name">The field's name, e.g. <c>members[2].joined</c>.</param>
    public static string FieldId(string name)
    {
        var id = new char[name.Length];
        for (int i = 0; i < name.Length; i++)
            id[i] = char.IsAsciiLetterOrDigit(name[i]) || name[i] is '-' or '_' ? name[i] : '-';
        return "f-" + new string(id).TrimEnd('-');
    }

    /// <summary>A UTC time as the pages show it: <c>2026-05-01 14:03 UTC</c>.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="url"/> is a path on this site (<c>/cases</c>), never another site (<c>//evil</c>, <c>/\evil</c>, <c>https://…</c>).</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
