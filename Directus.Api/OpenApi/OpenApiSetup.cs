using System.Text.Json.Serialization;
using Directus.Domain.Server;

namespace Directus.Api.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    /// <summary>Where the document is served (the framework's default route).</summary>
    public const string DocumentPath = "/openapi/" + DocumentName + ".json";

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
            options.AddOperationTransformer<SuperAdminTokenOperationTransformer>();
            options.AddDocumentTransformer<ErrorResponsesDocumentTransformer>();
        });
    }
}
