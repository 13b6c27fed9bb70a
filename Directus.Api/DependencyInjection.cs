using Directus.Api.Contracts;
using Directus.Api.Cors;
using Directus.Api.Errors;
using Directus.Api.HttpLogging;
using Directus.Api.Logging;
using Directus.Api.Metrics;
using Directus.Api.OpenApi;
using Directus.Api.Proxies;
using Directus.Api.SuperAdmin;
using Directus.Api.Throttling;
using Directus.Application.Common;
using Directus.Application.Configuration;
using Directus.Application.Server.Queries.GetHealth;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Directus.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        // The request limits live under Kestrel:Limits (see appsettings.json); /server/info reports them.
        services.Configure<KestrelServerOptions>(configuration.GetSection("Kestrel"));

        var metricsOn = MetricsSwitch.IsOn(configuration);
        services.AddControllers(mvc =>
            {
                mvc.Conventions.Add(new SuperAdminTokenConvention());
                if (!metricsOn)
                {
                    mvc.Conventions.Add(new MetricsSwitch.RemoveEndpointConvention());
                }
            })
            .AddJsonOptions(options =>
            {
                options.JsonSerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
                options.JsonSerializerOptions.Encoder = ApiJsonContext.Encoder;
            });

        services.AddAutoMapper(MappingLimits.GuardEveryMap, typeof(DependencyInjection).Assembly);
        services.AddExceptionHandler<DirectusExceptionHandler>();
        services.AddDirectusOpenApi();
        services.AddDirectusCors(configuration);
        services.AddTrustedProxies(configuration);
        services.AddSwitchableHttpLogging(configuration);

        AddServiceIdentity(services);
        services.AddSingleton<TokenAttemptMetrics>();
        services.AddDirectusTelemetry(configuration);
        services.AddSecretRedaction();
        return services;
    }

    /// <summary>Who answers /server/health: this API's release, and the configured service id or else the machine's name.</summary>
    private static void AddServiceIdentity(IServiceCollection services) =>
        services.AddSingleton(provider => new ServiceIdentity(
            AssemblyVersion.Of(typeof(DependencyInjection).Assembly),
            provider.GetRequiredService<IOptions<HealthReportOptions>>().Value.ServiceId is { } serviceId && !string.IsNullOrWhiteSpace(serviceId)
                ? serviceId.Trim()
                : Environment.MachineName));
}
