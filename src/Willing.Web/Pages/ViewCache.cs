using Microsoft.AspNetCore.Components;
using Willing.Reports.Views;
using Willing.Web.Components;

namespace Willing.Web.Pages;

/// <summary>
/// Components rendered to HTML once per snapshot and kept with it (<see cref="SnapshotCache"/>): a page
/// whose content depends on the case base alone — a case's explanation and charts run to a megabyte of
/// HTML and tens of milliseconds of rendering — writes the kept text on every later request.
/// </summary>
/// <remarks>
/// The components are the same as a page would render inline, with the workbench's links cascaded
/// (<see cref="WorkbenchLinks"/>); they take their data as parameters and use no services. The text is
/// encoded as the report encodes it (letters beyond ASCII as they are, markup characters escaped).
/// </remarks>
internal static class ViewCache
{
    /// <summary>The HTML of <typeparamref name="TComponent"/> with these parameters, rendered the first time the snapshot is asked for <paramref name="key"/>.</summary>
    /// <typeparam name="TComponent">The component.</typeparam>
    /// <param name="snapshot">The snapshot the content depends on.</param>
    /// <param name="key">A key unique to the component and its parameters within the snapshot.</param>
    /// <param name="parameters">Makes the parameters (called once).</param>
    public static Task<MarkupString> GetAsync<TComponent>(WorkbenchSnapshot snapshot, string key, Func<IReadOnlyDictionary<string, object?>> parameters)
        where TComponent : IComponent =>
        snapshot.Cache.Get("view:" + key, () => RenderAsync<TComponent>(parameters()));

    /// <summary>Renders a component to HTML with the report's renderer and encoder, the workbench's links cascaded.</summary>
    public static async Task<MarkupString> RenderAsync<TComponent>(IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        new(await ViewRenderer.RenderAsync<TComponent>(parameters, WorkbenchLinks.Instance).ConfigureAwait(false));
}
