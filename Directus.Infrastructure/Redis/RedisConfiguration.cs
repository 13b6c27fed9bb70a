using System.Net;
using StackExchange.Redis;

namespace Directus.Infrastructure.Redis;

/// <summary>The operator's configuration string, with what keeps a Redis outage from becoming an API outage on top.</summary>
public static class RedisConfiguration
{
    /// <summary>
    /// The client options for <paramref name="redis"/>: its configuration string, set to start while Redis is down and to
    /// fail fast while disconnected, with its timeout and retry interval.
    /// </summary>
    public static ConfigurationOptions For(RedisOptions redis)
    {
        ArgumentNullException.ThrowIfNull(redis);
        var configuration = ConfigurationOptions.Parse(redis.Configuration ?? string.Empty);

        // Start even when Redis is down, and keep reconnecting in the background.
        configuration.AbortOnConnectFail = false;

        // While disconnected a command fails at once rather than queueing for a connection: the throttle then counts in memory.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        var timeout = (int)redis.Timeout.TotalMilliseconds;
        configuration.SyncTimeout = timeout;
        configuration.AsyncTimeout = timeout;
        configuration.ReconnectRetryPolicy = new LinearRetry((int)redis.RetryInterval.TotalMilliseconds);
        return configuration;
    }

    /// <summary>Where Redis is, as a log may show it: the endpoints only, never the rest of the string (it may hold a password).</summary>
    public static string Describe(ConfigurationOptions configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.Join(", ", configuration.EndPoints.Select(endpoint => endpoint switch
        {
            DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
            _ => endpoint.ToString(),
        }));
    }
}
