using Directus.Api.Http;
using Directus.Api.HttpLogging;
using Directus.Api.Metrics;
using Directus.Api.OpenApi;
using Directus.Application.Configuration;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Directus.Api.Standalone;

/// <summary>
/// What the standalone server adds around the module, being the whole app: its web server's limits, HTTP logging,
/// telemetry, the document's title, the reference page, and every app-wide opt-in of <see cref="DirectusAppWide"/>.
/// </summary>
public static class StandaloneServer
{
    /// <summary>The standalone server's own services: Kestrel's limits from <c>Kestrel:Limits</c>, the HTTP logging switch, telemetry, the document's title.</summary>
    public static IServiceCollection AddStandaloneServerParts(this IServiceCollection services, IConfiguration configuration)
    {
        // The request limits live under Kestrel:Limits (see appsettings.json); /server/info reports them.
        services.Configure<KestrelServerOptions>(configuration.GetSection("Kestrel"));
        services.AddSwitchableHttpLogging(configuration);
        services.AddDirectusTelemetry(configuration);
        services.AddStandaloneOpenApiDocument();
        return services;
    }

    /// <summary>The middleware, outermost first.</summary>
    public static WebApplication UseStandaloneServerPipeline(this WebApplication app)
    {
        app.UseDirectusForwardedHeaders();
        var logging = app.Services.GetRequiredService<IOptions<HttpLoggingSwitchOptions>>();
        app.UseOnlyWhen(() => logging.Value.Enabled, branch => branch.UseHttpLogging());
        app.UseDirectusSecurityHeaders();
        app.UseHeadWithoutBody(); // before the error handlers, whose envelopes it drops too
        app.UseDirectusErrorEnvelope();
        app.UseApiReferencePage();
        app.UseRouting();
        app.UseDirectusCors();
        return app;
    }

    /// <summary>The document at the framework's own path too, <c>/openapi/v1.json</c>, which the reference page reads.</summary>
    public static WebApplication MapStandaloneServerExtras(this WebApplication app)
    {
        app.MapOpenApi(OpenApiRegistration.DocumentPath).WithMetadata(new Microsoft.AspNetCore.Routing.HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return app;
    }
}
