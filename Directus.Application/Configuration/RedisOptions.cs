namespace Directus.Application.Configuration;

/// <summary>The <c>Directus:Redis</c> configuration section: the Redis the throttle shares when its store is <see cref="ThrottleStore.Redis"/>.</summary>
public sealed class RedisOptions
{
    /// <summary>A StackExchange.Redis configuration string (<c>127.0.0.1:6379,password=…</c>). It may hold a password, so it is never logged.</summary>
    public string? Configuration { get; set; }

    /// <summary>Put before every key, so that several applications can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "directus:";

    /// <summary>The longest a request waits for Redis; past it the throttle counts in this instance's memory until Redis answers again.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>While Redis is unreachable, how often it is asked whether it is back.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(1);
}
