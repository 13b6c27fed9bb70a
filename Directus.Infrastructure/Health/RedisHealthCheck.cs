using System.Diagnostics;
using Directus.Domain.Server;
using Directus.Infrastructure.Redis;

namespace Directus.Infrastructure.Health;

/// <summary>Directus 11's <c>redis:responseTime</c>: one PING and how long it took, or an error when Redis does not answer within the timeout.</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : DirectusHealthCheck
{
    /// <inheritdoc />
    public override async Task<HealthObservation> ObserveAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var roundTrip = await redis.PingAsync().ConfigureAwait(false);
        var observed = roundTrip ?? Stopwatch.GetElapsedTime(started);
        return new HealthObservation(
            "datastore",
            roundTrip is null ? HealthState.Error : HealthState.Ok,
            Math.Round(observed.TotalMilliseconds, 3),
            "ms",
            Output: roundTrip is null ? $"Redis at {redis.Endpoints} is unreachable or did not answer within {redis.Timeout.TotalMilliseconds} ms" : null);
    }
}
