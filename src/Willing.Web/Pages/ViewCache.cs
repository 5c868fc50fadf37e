using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
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
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly ServiceProvider Services = new ServiceCollection().AddLogging().AddSingleton(Encoder).BuildServiceProvider();

    /// <summary>The HTML of <typeparamref name="TComponent"/> with these parameters, rendered the first time the snapshot is asked for <paramref name="key"/>.</summary>
    /// <typeparam name="TComponent">The component.</typeparam>
    /// <param name="snapshot">The snapshot the content depends on.</param>
    /// <param name="key">A key unique to the component and its parameters within the snapshot.</param>
    /// <param name="parameters">Makes the parameters (called once).</param>
    public static Task<MarkupString> GetAsync<TComponent>(WorkbenchSnapshot snapshot, string key, Func<IReadOnlyDictionary<string, object?>> parameters)
        where TComponent : IComponent =>
        snapshot.Cache.Get("view:" + key, () => RenderAsync<TComponent>(parameters()));

    /// <summary>Renders a component to HTML, with the workbench's links cascaded.</summary>
    public static async Task<MarkupString> RenderAsync<TComponent>(IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        RenderFragment content = builder =>
        {
            builder.OpenComponent<TComponent>(0);
            foreach (var (name, value) in parameters)
                builder.AddComponentParameter(1, name, value);
            builder.CloseComponent();
        };
        var root = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(CascadingValue<ReportLinks>.Value)] = WorkbenchLinks.Instance,
            [nameof(CascadingValue<ReportLinks>.IsFixed)] = true,
            [nameof(CascadingValue<ReportLinks>.ChildContent)] = content,
        });
        string html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<CascadingValue<ReportLinks>>(root).ConfigureAwait(false)).ToHtmlString()).ConfigureAwait(false);
        return new MarkupString(html);
    }
}
