using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Willing.Web.Jobs;

namespace Willing.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c> (docs/api.md): the stored cases and everything computed on them, read by anyone;
/// new cases, edits and simulation jobs, written with the bearer token. Every error is problem details
/// (<see cref="ApiProblem"/>); the OpenAPI document is at <c>/openapi/v1.json</c>.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>Registers what the API needs: its JSON conventions, its problem details, the OpenAPI document, the simulation jobs.</summary>
    /// <param name="services">The services.</param>
    /// <param name="options">The workbench's options.</param>
    public static IServiceCollection AddWorkbenchApi(this IServiceCollection services, WorkbenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.ConfigureHttpJsonOptions(o => ApiJson.Apply(o.SerializerOptions));
        services.Configure<ProblemDetailsOptions>(o =>
        {
            var previous = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = context =>
            {
                previous?.Invoke(context);
                FrameworkProblem(context);
            };
        });
        services.AddOpenApi(o => ApiDocument.Configure(o));
        services.AddSingleton(provider => new SimulationJobs(
            provider.GetRequiredService<WorkbenchOptions>(), provider.GetRequiredService<WorkbenchData>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<SimulationJobs>>()));
        services.AddSingleton<ISimulationJobs>(provider => provider.GetRequiredService<SimulationJobs>());
        return services;
    }

    /// <summary>Maps the API's endpoints and the OpenAPI document.</summary>
    /// <param name="app">The application.</param>
    public static IEndpointRouteBuilder MapWorkbenchApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        var api = app.MapGroup("/api");
        CaseEndpoints.Map(api);
        SimulationEndpoints.Map(api);
        // Anything else under /api is a problem answer, never a page.
        api.Map("/{**rest}", (HttpContext context) => Problems.Result(ProblemTypes.NotFound,
                $"{context.Request.Method} {context.Request.Path} is not an endpoint of the API; /openapi/v1.json lists them (docs/api.md describes them).",
                context: context))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The answers the framework writes on its own under /api (401 from the bearer scheme, 405, a 500 from a failure) as the API's problems: a type, a detail, no internals.</summary>
    private static void FrameworkProblem(ProblemDetailsContext context)
    {
        if (!context.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            return;
        var problem = context.ProblemDetails;
        int status = problem.Status ?? context.HttpContext.Response.StatusCode;
        string type = ProblemTypes.ForStatus(status);
        problem.Type = type;
        problem.Title = ProblemTypes.All[type].Title;
        problem.Detail = status switch
        {
            StatusCodes.Status401Unauthorized =>
                "Reading is open, but every write needs the workbench's token: send it as 'Authorization: Bearer TOKEN'. "
                + "The token is WILLING_TOKEN, or the one willing serve printed and kept beside the database. Nothing was changed.",
            StatusCodes.Status403Forbidden => "This write is not allowed with these credentials. Nothing was changed.",
            StatusCodes.Status405MethodNotAllowed => $"{context.HttpContext.Request.Method} is not a method of {context.HttpContext.Request.Path}; /openapi/v1.json lists the endpoints.",
            >= 500 => "The server failed while answering. A write is one transaction: unless a later read shows it, nothing was stored.",
            _ => problem.Detail ?? problem.Title,
        };
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["errors"] = Array.Empty<ApiError>();
        // The exception handler adds nothing more in production; make sure no exception text ever goes out.
        problem.Extensions.Remove("exception");
    }
}
