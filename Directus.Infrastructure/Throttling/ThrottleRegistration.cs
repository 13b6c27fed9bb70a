using Directus.Application.Common.Throttling;
using Directus.Infrastructure.Health;
using Directus.Infrastructure.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure.Throttling;

/// <summary>Registers the failed-token throttle's store and, with the Redis store, its connection and health checks.</summary>
public static class ThrottleRegistration
{
    /// <summary>
    /// The failed-token throttle's store as <c>Directus:Throttle:Store</c> chooses (read once the options are validated):
    /// memory, or Redis with memory as its fallback, the Redis connection and its two health checks.
    /// </summary>
    public static IServiceCollection AddFailedAttemptStore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new FailedAttemptTracker(
            provider.GetRequiredService<IOptions<ThrottleOptions>>().Value,
            provider.GetRequiredService<TimeProvider>()));

        services.AddSingleton<IValidateOptions<RedisOptions>, RedisConfigurationValidator>();
        services.AddSingleton<RedisConnection>();
        services.AddHostedService(provider => provider.GetRequiredService<RedisConnection>());
        services.AddSingleton<RedisFailedAttemptStore>();

        services.AddSingleton<IFailedAttemptStore>(provider => UsesRedis(provider.GetRequiredService<IOptions<ThrottleOptions>>())
            ? provider.GetRequiredService<RedisFailedAttemptStore>()
            : provider.GetRequiredService<FailedAttemptTracker>());

        services.AddOptions<HealthCheckServiceOptions>().Configure<IOptions<ThrottleOptions>>((health, throttle) =>
        {
            if (!UsesRedis(throttle))
            {
                return;
            }

            // PING runs for the super admin only, and Redis being down makes the server warn, not fail: see HealthCheckTags.
            health.Registrations.Add(new HealthCheckRegistration(
                HealthCheckNames.RedisResponseTime,
                provider => ActivatorUtilities.CreateInstance<RedisHealthCheck>(provider),
                failureStatus: null,
                tags: [HealthCheckTags.OutsideService, HealthCheckTags.DegradesOnly]));
            health.Registrations.Add(new HealthCheckRegistration(
                HealthCheckNames.RateLimiterResponseTime,
                provider => ActivatorUtilities.CreateInstance<RateLimiterHealthCheck>(provider),
                failureStatus: null,
                tags: null));
        });
        return services;
    }

    private static bool UsesRedis(IOptions<ThrottleOptions> options) => options.Value.Store == ThrottleStore.Redis;
}
