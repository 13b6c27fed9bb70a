using Directus.Application.Configuration;
using Directus.Application.Metrics.Ports;
using Directus.Application.Server.Ports;
using Directus.Infrastructure.Redis;
using Directus.Infrastructure.Health;
using Directus.Infrastructure.Probes;
using Directus.Infrastructure.Security;
using Directus.Infrastructure.Startup;
using Directus.Infrastructure.Storage;
using Directus.Infrastructure.Throttling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Infrastructure;

/// <summary>The Infrastructure layer's registrations.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Registers and checks the layer's settings, and the adapters behind the Application's ports: the probes, the root
    /// and the token file, the health checks, the failed-token store (memory or Redis) and the metrics tokens.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<StorageOptions>(configuration);
        services.AddSettings<ServerHealthOptions>(configuration);
        services.AddSettings<ThrottleOptions>(configuration);
        services.AddSettings<RedisOptions>(configuration);
        services.AddSettings<MetricsOptions>(configuration)
            .AlsoReadAsOneString(configuration, nameof(MetricsOptions.Tokens), metrics => metrics.Tokens, MetricsOptions.SplitTokenList);

        services.AddSingleton<StorageLayout>();
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton<SuperAdminTokenStore>();
        services.AddSingleton<StorageStartupService>();
        services.AddHostedService(provider => provider.GetRequiredService<StorageStartupService>());

        services.AddSingleton<ISuperAdminTokenVerifier>(provider => provider.GetRequiredService<SuperAdminTokenStore>());
        services.AddSingleton<IMetricsTokenVerifier, MetricsTokenSet>();
        services.AddSingleton<TokenFileMetrics>();
        services.AddSingleton<IWebServerProbe, WebServerProbe>();
        services.AddSingleton<IOperatingSystemProbe>(_ => new OperatingSystemProbe());
        services.AddSingleton<IRuntimeProbe, RuntimeProbe>();
        services.AddSingleton<IUploadLimitProbe, UploadLimitProbe>();
        services.AddSingleton<IDirectoryPermissionProbe, DirectoryPermissionProbe>();
        services.AddDirectusHealthChecks(configuration);
        services.AddFailedAttemptStore();
        return services;
    }
}
