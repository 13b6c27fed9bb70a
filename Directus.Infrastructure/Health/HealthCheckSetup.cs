using Directus.Application.Server.Ports;
using Directus.Domain.Server;
using Directus.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Infrastructure.Health;

public static class HealthCheckSetup
{
    /// <summary>Each folder of the root, parents first, as the health answer lists them.</summary>
    private static readonly StorageFolder[] StorageFolders =
        [StorageFolder.Config, StorageFolder.Logs, StorageFolder.Public, StorageFolder.Uploads];

    /// <summary>The framework's health-check service with the server's checks, in the order the answer lists them.</summary>
    public static IServiceCollection AddDirectusHealthChecks(this IServiceCollection services)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<ServerLifecycleHealthCheck>(HealthCheckNames.ServerUptime)
            .AddCheck<SuperAdminTokenHealthCheck>(HealthCheckNames.SuperAdminToken);
        foreach (var folder in StorageFolders)
        {
            checks.AddTypeActivatedCheck<StorageWritableHealthCheck>(HealthCheckNames.StorageWritable(StorageLayout.NameOf(folder)), folder);
        }

        services.AddSingleton<IHealthCheckRunner, HealthCheckRunner>();
        services.AddHostedService<ShutdownDelayService>();
        return services;
    }
}
