using Directus.Domain.Server;
using Directus.Infrastructure.Redis;
using Directus.Infrastructure.Throttling;

namespace Directus.Infrastructure.Health;

/// <summary>
/// Directus 11's <c>rateLimiter:responseTime</c> for the Redis store, without calling Redis: the round trip of the
/// throttle's latest Redis call, and a warning while Redis is unreachable and the throttle counts per instance.
/// </summary>
public sealed class RateLimiterHealthCheck(RedisConnection redis, RedisFailedAttemptStore store) : DirectusHealthCheck
{
    /// <summary>The warning reported while Redis is unreachable.</summary>
    public const string CountingPerInstance =
        "Redis is unreachable: the failed-token throttle counts per instance (each instance allows the full limit) until it answers again";

    /// <inheritdoc />
    public override Task<HealthObservation> ObserveAsync(CancellationToken cancellationToken)
    {
        var shared = redis.IsAnswering;
        return Task.FromResult(new HealthObservation(
            "ratelimiter",
            shared ? HealthState.Ok : HealthState.Warn,
            Math.Round(store.LastRoundTrip.TotalMilliseconds, 3),
            "ms",
            Output: shared ? null : CountingPerInstance));
    }
}
