using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace Willing.Reports.Views;

/// <summary>Renders a component to HTML text outside ASP.NET, through <see cref="HtmlRenderer"/>: how the report is made, and how the workbench keeps a page's costly parts as text.</summary>
public static class ViewRenderer
{
    /// <summary>
    /// The report's encoder: every text and attribute value from the data is HTML-encoded (&lt; &gt;
    /// &amp; " ' and +, and control characters), but letters and punctuation beyond ASCII (– “ ” é ←)
    /// are written as they are, since the file is UTF-8 and says so.
    /// </summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Renders <typeparamref name="TComponent"/> with these parameters, with <paramref name="links"/> cascaded; with none, the components write the report's anchors.</summary>
    /// <typeparam name="TComponent">The component.</typeparam>
    /// <param name="parameters">Its parameters, by name.</param>
    /// <param name="links">The links to cascade (null: the report's anchors).</param>
    public static string Render<TComponent>(IReadOnlyDictionary<string, object?> parameters, ReportLinks? links = null)
        where TComponent : IComponent =>
        // Every component renders synchronously, so the task is complete when it returns.
        RenderAsync<TComponent>(parameters, links).GetAwaiter().GetResult();

    /// <summary>Renders <typeparamref name="TComponent"/> as <see cref="Render"/> does, for a caller that may wait (a web request).</summary>
    /// <typeparam name="TComponent">The component.</typeparam>
    /// <param name="parameters">Its parameters, by name.</param>
    /// <param name="links">The links to cascade (null: the report's anchors).</param>
    public static async Task<string> RenderAsync<TComponent>(IReadOnlyDictionary<string, object?> parameters, ReportLinks? links = null)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(Services.Instance, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () => (links is null
                ? await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(new Dictionary<string, object?>(parameters))).ConfigureAwait(false)
                : await renderer.RenderComponentAsync<CascadingValue<ReportLinks>>(Cascading(links, parameters)).ConfigureAwait(false)).ToHtmlString())
            .ConfigureAwait(false);

        static ParameterView Cascading(ReportLinks links, IReadOnlyDictionary<string, object?> parameters)
        {
            RenderFragment content = builder =>
            {
                builder.OpenComponent<TComponent>(0);
                foreach (var (name, value) in parameters)
                    builder.AddComponentParameter(1, name, value);
                builder.CloseComponent();
            };
            return ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(CascadingValue<ReportLinks>.Value)] = links,
                [nameof(CascadingValue<ReportLinks>.IsFixed)] = true,
                [nameof(CascadingValue<ReportLinks>.ChildContent)] = content,
            });
        }
    }

    /// <summary>
    /// The renderer's services: the report's encoder, and nothing else (the renderer asks for the rest
    /// optionally; the components take no services). No container and no logging: a process that
    /// renders once, like <c>willing report</c>, would spend a noticeable part of its start-up on them.
    /// </summary>
    private sealed class Services : IServiceProvider
    {
        public static readonly Services Instance = new();

        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? Encoder : null;
    }
}
