using Directus.Application.Configuration;
using Directus.Application.Server.Ports;
using Directus.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

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
        // The host's shutdown timeout (ShutdownTimeoutSeconds) bounds the drain of requests in flight; the delay comes on top.
        services.AddOptions<HostOptions>().PostConfigure<IOptions<DirectusOptions>>((host, directus) =>
            host.ShutdownTimeout += directus.Value.Health.ShutdownDelay);
        return services;
    }
}
