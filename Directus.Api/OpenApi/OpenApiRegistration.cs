using System.Text.Json.Serialization;
using Directus.Domain.Server;
using Microsoft.AspNetCore.Routing;

namespace Directus.Api.OpenApi;

public static class OpenApiRegistration
{
    public const string DocumentName = "v1";

    /// <summary>Where the framework serves the document.</summary>
    public const string DocumentPath = "/openapi/" + DocumentName + ".json";

    /// <summary>Directus 11's path for the same document (what its SDK's <c>readOpenApiSpec()</c> requests).</summary>
    public const string DirectusSpecPath = "/server/specs/oas";

    /// <summary>The document at the framework's path and at Directus 11's, GET and HEAD at both.</summary>
    public static WebApplication MapDirectusOpenApi(this WebApplication app)
    {
        foreach (var path in (string[])[DocumentPath, DirectusSpecPath])
        {
            app.MapOpenApi(path).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        }

        return app;
    }

    public static IServiceCollection AddDirectusOpenApi(this IServiceCollection services)
    {
        // The schema generator reads these options: numbers are written as numbers, never as strings.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        return services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Directus-compatible Server API";
                document.Info.Version = CompatibilityVersion.Directus;
                document.Info.Description = "The Directus v8 Server API (ping, info) and Directus 11's health check. Errors are always {\"error\":{\"code\":N,\"message\":\"…\"}}.";
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer<WireSchemaTransformer>();
            options.AddDocumentTransformer<SuperAdminSecuritySchemes>();
            options.AddOperationTransformer<SuperAdminTokenOperationTransformer>();
            options.AddDocumentTransformer<ErrorResponsesDocumentTransformer>();
        });
    }
}
