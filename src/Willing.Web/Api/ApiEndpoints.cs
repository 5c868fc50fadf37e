using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Willing.Web.Api;

/// <summary>The JSON API under <c>/api</c>.</summary>
public static class ApiEndpoints
{
    /// <summary>Registers what the API needs (the OpenAPI document, the simulation jobs).</summary>
    /// <param name="services">The services.</param>
    /// <param name="options">The workbench's options.</param>
    public static IServiceCollection AddWorkbenchApi(this IServiceCollection services, WorkbenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services;
    }

    /// <summary>Maps the API's endpoints.</summary>
    /// <param name="app">The application.</param>
    public static IEndpointRouteBuilder MapWorkbenchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/cases", async (WorkbenchData data, CancellationToken ct) =>
        {
            var snapshot = await data.CurrentAsync(ct).ConfigureAwait(false);
            return Results.Ok(snapshot.Cases.Values.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new { c.Id, c.Name, c.Revision }));
        });
        return app;
    }
}
