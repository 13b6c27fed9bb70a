using System.Diagnostics;
using System.Net;
using Directus.Application.Common.Throttling;
using Directus.Infrastructure.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Directus.Infrastructure.Throttling;

/// <summary>
/// Counts in Redis, one key per client, so every instance sees the same count. While Redis does not answer (or not
/// within <see cref="RedisOptions.Timeout"/>) it counts in this instance's memory instead, and a client refused there
/// stays refused until its local window ends, even once Redis is back. One Redis round trip per call at most.
/// </summary>
public sealed class RedisFailedAttemptStore(RedisConnection redis, FailedAttemptTracker local, IOptions<ThrottleOptions> throttle, IOptions<RedisOptions> redisOptions) : IFailedAttemptStore
{
    private readonly ThrottleOptions _throttle = throttle.Value;
    private readonly string _keyPrefix = redisOptions.Value.KeyPrefix + "throttle:";

    /// <summary>How long the latest Redis call took (what <c>rateLimiter:responseTime</c> reports); zero before the first.</summary>
    public TimeSpan LastRoundTrip { get; private set; }

    /// <summary>The client's key: <see cref="RedisOptions.KeyPrefix"/>, then <c>throttle:</c>, then the address.</summary>
    public RedisKey KeyOf(IPAddress client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return _keyPrefix + client;
    }

    /// <inheritdoc />
    public async ValueTask<TimeSpan?> RetryAfterAsync(IPAddress client)
    {
        var here = local.IsExhausted(client, out var localRetryAfter) ? localRetryAfter : (TimeSpan?)null;
        var shared = await InRedisAsync(database => FailedAttemptScripts.ReadAsync(database, KeyOf(client))).ConfigureAwait(false);
        if (shared is null || shared.Failures < _throttle.PermitLimit || shared.TimeLeft <= TimeSpan.Zero)
        {
            return here;
        }

        return here is { } localOnly && localOnly > shared.TimeLeft ? localOnly : shared.TimeLeft;
    }

    /// <inheritdoc />
    public async ValueTask<bool> RecordFailureAsync(IPAddress client)
    {
        var shared = await InRedisAsync(database => FailedAttemptScripts.CountFailureAsync(database, KeyOf(client), _throttle.Window)).ConfigureAwait(false);
        return shared is null ? local.RecordFailure(client) : shared.Failures == _throttle.PermitLimit;
    }

    /// <summary>The call's answer, or null when Redis is known to be down or fails now (then it is reported, and memory counts).</summary>
    private async Task<FailedAttemptScripts.ClientWindow?> InRedisAsync(Func<IDatabase, Task<FailedAttemptScripts.ClientWindow>> call)
    {
        if (redis.Database is not { } database)
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var answer = await call(database).WaitAsync(redis.Timeout).ConfigureAwait(false);
            LastRoundTrip = Stopwatch.GetElapsedTime(started);
            return answer;
        }
        catch (Exception failure) when (RedisConnection.IsOutage(failure))
        {
            redis.ReportFailure(failure);
            return null;
        }
    }
}
