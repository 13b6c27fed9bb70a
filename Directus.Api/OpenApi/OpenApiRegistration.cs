using System.Text.Json.Serialization;
using Directus.Domain.Server;
using Microsoft.AspNetCore.OpenApi;

namespace Directus.Api.OpenApi;

/// <summary>The OpenAPI document: the module's operations in it, and where it is served.</summary>
public static class OpenApiRegistration
{
    /// <summary>The document's name, Microsoft.AspNetCore.OpenApi's default, so a host's own document and the module's are one.</summary>
    public const string DocumentName = "v1";

    /// <summary>Where the framework serves the document.</summary>
    public const string DocumentPath = "/openapi/" + DocumentName + ".json";

    /// <summary>Directus 11's path for the same document (what its SDK's <c>readOpenApiSpec()</c> requests).</summary>
    public const string DirectusSpecPath = "/server/specs/oas";

    /// <summary>
    /// The module's part of the document named <see cref="DocumentName"/>, which a host that calls <c>AddOpenApi()</c>
    /// shares: the wire schemas of its answers, the token's security schemes and parameter, and its error answers. Each
    /// touches the module's own operations only, so the host's operations read as the host wrote them.
    /// </summary>
    public static IServiceCollection AddDirectusOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddSchemaTransformer<WireSchemaTransformer>();
            options.AddDocumentTransformer<SuperAdminSecuritySchemes>();
            options.AddOperationTransformer<SuperAdminTokenOperationTransformer>();
            options.AddDocumentTransformer<ErrorResponsesDocumentTransformer>();
            options.AddOperationTransformer<ErrorResponsesDocumentTransformer>();
        });

    /// <summary>The standalone server's document: its title, and numbers written as numbers, never as strings.</summary>
    public static IServiceCollection AddStandaloneOpenApiDocument(this IServiceCollection services)
    {
        // The schema generator reads these options. Only the standalone server sets them: they are the app's JSON settings.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        return services.Configure<OpenApiOptions>(DocumentName, options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Directus-compatible Server API";
            document.Info.Version = CompatibilityVersion.Directus;
            document.Info.Description = "The Directus v8 Server API (ping, info) and Directus 11's health check. Errors are always {\"error\":{\"code\":N,\"message\":\"…\"}}.";
            return Task.CompletedTask;
        }));
    }
}
