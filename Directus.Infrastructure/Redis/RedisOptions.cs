using Directus.Application.Configuration;
using Directus.Infrastructure.Throttling;

namespace Directus.Infrastructure.Redis;

/// <summary>The <c>Directus:Redis</c> section: the Redis the throttle shares when its store is <see cref="ThrottleStore.Redis"/>.</summary>
public sealed class RedisOptions : ISettingsSection
{
    /// <inheritdoc />
    public static string SectionPath => "Directus:Redis";

    /// <summary>A StackExchange.Redis configuration string (<c>127.0.0.1:6379,password=…</c>). It may hold a password, so it is never logged.</summary>
    public string? Configuration { get; set; }

    /// <summary>Put before every key, so that several applications can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "directus:";

    /// <summary>The longest a request waits for Redis; past it the throttle counts in this instance's memory until Redis answers again.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>While Redis is unreachable, how often it is asked whether it is back.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    public IEnumerable<string> Problems()
    {
        if (Timeout < TimeSpan.FromMilliseconds(10) || Timeout > TimeSpan.FromSeconds(30))
        {
            yield return $"Directus:Redis:Timeout must be between 00:00:00.010 and 00:00:30 (it is {Timeout})";
        }

        if (RetryInterval < TimeSpan.FromMilliseconds(100) || RetryInterval > TimeSpan.FromMinutes(5))
        {
            yield return $"Directus:Redis:RetryInterval must be between 00:00:00.100 and 00:05:00 (it is {RetryInterval})";
        }
    }
}
