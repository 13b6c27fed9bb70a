using Directus.Application.Server.Ports;
using Directus.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Infrastructure.Health;

public static class HealthCheckSetup
{
    /// <summary>The framework's health-check service with the server's checks, in the order the answer lists them.</summary>
    public static IServiceCollection AddDirectusHealthChecks(this IServiceCollection services)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<ServerLifecycleHealthCheck>(HealthCheckNames.ServerUptime)
            .AddCheck<SuperAdminTokenHealthCheck>(HealthCheckNames.SuperAdminToken);
        foreach (var folder in StorageLayout.Folders)
        {
            checks.AddTypeActivatedCheck<StorageWritableHealthCheck>(HealthCheckNames.StorageWritable(StorageLayout.NameOf(folder)), folder);
        }

        services.AddSingleton<IHealthCheckRunner, HealthCheckRunner>();
        services.AddHostedService<ShutdownDelayService>();
        return services;
    }
}
