using Directus.Api.Contracts;
using Directus.Api.Cors;
using Directus.Api.Errors;
using Directus.Api.Logging;
using Directus.Api.Metrics;
using Directus.Api.OpenApi;
using Directus.Api.Proxies;
using Directus.Api.SuperAdmin;
using Directus.Api.Throttling;
using Directus.Application;
using Directus.Application.Common;
using Directus.Application.Configuration;
using Directus.Application.Server.Queries.GetHealth;
using Directus.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Directus.Api;

/// <summary>The first of the Server module's two calls: <c>builder.Services.AddDirectusServer(builder.Configuration)</c>.</summary>
public static class DirectusServerServices
{
    /// <summary>
    /// Registers the Server module: its settings (every layer's, checked at start), use cases, probes, health checks,
    /// token store and throttle, its MVC controllers, and its operations in the OpenAPI document named
    /// <see cref="OpenApiRegistration.DocumentName"/>. Nothing here changes how the host's own endpoints answer: the
    /// module's JSON settings, error envelope, CORS policy and security headers apply to its own endpoints only, and the
    /// app-wide versions are separate opt-ins (<see cref="DirectusAppWide"/>). Its health checks join the host's
    /// <c>AddHealthChecks()</c>, so the host's own checks appear in <c>/server/health</c>.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration; the module reads <c>Directus:*</c> and <c>DIRECTUS_SUPER_ADMIN_TOKEN</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddDirectusServer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddApplication(configuration).AddInfrastructure(configuration);

        services.AddControllers()
            .ConfigureApplicationPartManager(parts => parts.FeatureProviders.Add(new DirectusControllers()));
        services.AddOptions<MvcOptions>().Configure<IServiceProvider>((mvc, provider) =>
        {
            var superAdminRequests = new SuperAdminRequests();
            mvc.ModelBinderProviders.Insert(0, superAdminRequests);
            mvc.ModelMetadataDetailsProviders.Add(superAdminRequests);
            mvc.Conventions.Add(new SuperAdminRequestConvention());
            if (!provider.GetRequiredService<IServiceProviderIsService>().IsService(typeof(MetricsExposition)))
            {
                mvc.Conventions.Add(new MetricsSwitch.RemoveEndpointConvention());
            }
        });

        services.AddAutoMapper(MappingLimits.GuardEveryMap, typeof(DirectusServerServices).Assembly);
        services.AddSingleton<DirectusExceptionHandler>();
        services.AddDirectusOpenApi();
        services.AddDirectusCors(configuration);
        services.AddSettings<ForwardedHeadersTrustOptions>(configuration);
        AddServiceIdentity(services);
        services.AddSingleton<TokenAttemptMetrics>();
        services.AddSecretRedaction();
        return services;
    }

    /// <summary>Who answers /server/health: this API's release, and the configured service id or else the machine's name.</summary>
    private static void AddServiceIdentity(IServiceCollection services) =>
        services.AddSingleton(provider => new ServiceIdentity(
            AssemblyVersion.Of(typeof(DirectusServerServices).Assembly),
            provider.GetRequiredService<IOptions<HealthReportOptions>>().Value.ServiceId is { } serviceId && !string.IsNullOrWhiteSpace(serviceId)
                ? serviceId.Trim()
                : Environment.MachineName));
}
