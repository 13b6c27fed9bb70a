using Directus.Application.Common.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Directus.Api.OpenApi;

/// <summary>
/// The two security schemes that carry the super admin token, v8's query parameter and Directus 11's bearer header, and
/// the scrape token's <c>Authorization: Metrics</c>, which only the operations that declare it accept.
/// </summary>
public sealed class SuperAdminSecuritySchemes : IOpenApiDocumentTransformer
{
    /// <summary>The token as <c>Authorization: Bearer</c>.</summary>
    public const string Bearer = "superAdminBearer";
    /// <summary>The token as v8's <c>super_admin_token</c> query parameter.</summary>
    public const string Query = "superAdminQuery";
    /// <summary>A scrape token as <c>Authorization: Metrics</c>.</summary>
    public const string Metrics = "metricsToken";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Authorization: Bearer <super admin token>. Recommended: the token stays out of URLs and proxy logs.",
        };
        document.Components.SecuritySchemes[Query] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Query,
            Name = SuperAdminTokenRule.Parameter,
            Description = "v8's way: ?super_admin_token=<super admin token>.",
        };
        document.Components.SecuritySchemes[Metrics] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "Authorization",
            Description = "Authorization: Metrics <scrape token>, one of Directus:Metrics:Tokens (Directus 11's METRICS_TOKENS); /metrics only.",
        };
        return Task.CompletedTask;
    }

    /// <summary>Either scheme, or the scrape token's where it is accepted; where the token is optional, no scheme at all too (the empty requirement).</summary>
    public static List<OpenApiSecurityRequirement> Requirements(OpenApiDocument? document, bool optional, bool metricsToken = false)
    {
        List<OpenApiSecurityRequirement> requirements =
        [
            new() { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] },
            new() { [new OpenApiSecuritySchemeReference(Query, document)] = [] },
        ];
        if (metricsToken)
        {
            requirements.Add(new() { [new OpenApiSecuritySchemeReference(Metrics, document)] = [] });
        }

        if (optional)
        {
            requirements.Add([]);
        }

        return requirements;
    }
}
