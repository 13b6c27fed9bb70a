namespace Directus.Api.OpenApi;

/// <summary>The interactive API reference: swagger-ui as shipped inside Swashbuckle.AspNetCore.SwaggerUI (no network needed), reading the served OpenAPI document.</summary>
public static class ApiReferencePage
{
    /// <summary>Where the page is served: <c>/docs</c>.</summary>
    public const string RoutePrefix = "docs";

    private static readonly PathString Path = "/" + RoutePrefix;

    /// <summary>
    /// Only requests under <c>/docs</c> reach swagger-ui's middleware: it matches every other path against its
    /// regular expressions before passing it on, a cost each API request would pay for a page none of them is.
    /// </summary>
    public static IApplicationBuilder UseApiReferencePage(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Path), page => page.UseSwaggerUI(options =>
        {
            options.RoutePrefix = RoutePrefix;
            options.DocumentTitle = "Directus-compatible Server API";
            options.SwaggerEndpoint(OpenApiRegistration.DocumentPath, "Server API " + OpenApiRegistration.DocumentName);
            // Works offline: the page, its scripts and styles come from the package; Swashbuckle leaves
            // swagger-ui's online validator off unless EnableValidator is called, so nothing leaves the machine.
            options.DisplayRequestDuration();
        }));
}
