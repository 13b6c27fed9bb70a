using Directus.Application.Server.Ports;
using Directus.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Directus.Infrastructure.Health;

/// <summary>Registers the server's health checks, their runner and metrics, and the shutdown delay.</summary>
public static class HealthChecksRegistration
{
    /// <summary>The framework's health-check service with the server's checks, in the order the answer lists them.</summary>
    public static IServiceCollection AddDirectusHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<ServerLifecycleHealthCheck>(HealthCheckNames.ServerUptime)
            .AddCheck<SuperAdminTokenHealthCheck>(HealthCheckNames.SuperAdminToken);
        foreach (var folder in StorageLayout.Folders)
        {
            checks.AddTypeActivatedCheck<StorageWritableHealthCheck>(HealthCheckNames.StorageWritable(StorageLayout.NameOf(folder)), folder);
        }

        services.AddSingleton<HealthCheckMetrics>();
        services.AddSingleton<IHealthCheckRunner, HealthCheckRunner>();
        services.AddHostedService<ShutdownDelayService>();
        // The host's shutdown timeout (ShutdownTimeoutSeconds) bounds the drain of requests in flight; the delay comes on
        // top. Read from the section itself: the host is built before the settings are validated.
        services.AddOptions<HostOptions>().PostConfigure(host =>
        {
            var health = configuration.GetSection(ServerHealthOptions.SectionPath).Get<ServerHealthOptions>();
            host.ShutdownTimeout += health?.ShutdownDelay is { Ticks: > 0 } delay ? delay : TimeSpan.Zero;
        });
        return services;
    }
}
