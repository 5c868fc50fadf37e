using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Willing.Web.Security;

namespace Willing.Web.Api;

/// <summary>The OpenAPI document of the API (<c>/openapi/v1.json</c>): the /api endpoints only, with the bearer scheme on every write.</summary>
internal static class ApiDocument
{
    /// <summary>The security scheme's name in the document.</summary>
    public const string SchemeName = "bearer";

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Willing workbench API",
                Version = "v1",
                Description = "The stored coalitions of the willing, their placement in Cooper's typology, their timelines, networks and retention, "
                    + "and simulation jobs. Reading is open; every write needs the workbench's token as 'Authorization: Bearer TOKEN'. "
                    + "Errors are problem details (RFC 9457) listing every error with its file, line, column and field path. See docs/api.md.",
            };
            Scheme(document);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(async (operation, context, cancellationToken) =>
        {
            bool write = context.Description.ActionDescriptor.EndpointMetadata
                .OfType<IAuthorizeData>().Any(a => a.Policy == WorkbenchAuth.ApiWritePolicy);
            if (!write)
                return;
            Scheme(context.Document!);
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
            operation.Responses ??= [];
            var problem = await context.GetOrCreateSchemaAsync(typeof(ApiProblem), null, cancellationToken).ConfigureAwait(false);
            operation.Responses.TryAdd("401", new OpenApiResponse
            {
                Description = "No token, or not the workbench's token (WWW-Authenticate: Bearer); nothing was changed.",
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [Problems.MediaType] = new OpenApiMediaType { Schema = problem } },
            });
        });
    }

    private static void Scheme(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes.TryAdd(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The workbench's write token: WILLING_TOKEN, or the token willing serve made on its first run and kept in willing-token beside the database.",
        });
    }
}
