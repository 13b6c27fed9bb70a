namespace Directus.Api.OpenApi;

/// <summary>The interactive API reference: swagger-ui as shipped inside Swashbuckle.AspNetCore.SwaggerUI (no network needed), reading the served OpenAPI document.</summary>
public static class ApiReferencePage
{
    public const string RoutePrefix = "docs";

    public static IApplicationBuilder UseApiReferencePage(this IApplicationBuilder app) =>
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = RoutePrefix;
            options.DocumentTitle = "Directus-compatible Server API";
            options.SwaggerEndpoint(OpenApiRegistration.DocumentPath, "Server API " + OpenApiRegistration.DocumentName);
            // Works offline: the page, its scripts and styles come from the package; Swashbuckle leaves
            // swagger-ui's online validator off unless EnableValidator is called, so nothing leaves the machine.
            options.DisplayRequestDuration();
        });
}
