namespace Directus.Infrastructure.Health;

/// <summary>The keys of <c>checks</c> in the super admin's health answer, in Directus 11's <c>area:subject:measure</c> style.</summary>
public static class HealthCheckNames
{
    public const string ServerUptime = "server:uptime";

    public const string SuperAdminToken = "superAdminToken:configured";

    /// <summary>Directus 11's names, reported with the Redis throttle store.</summary>
    public const string RedisResponseTime = "redis:responseTime";

    public const string RateLimiterResponseTime = "rateLimiter:responseTime";

    /// <summary><c>storage:config:writable</c>, <c>storage:public/uploads:writable</c>: the folder's path below the root.</summary>
    public static string StorageWritable(string relativeFolder) => $"storage:{relativeFolder}:writable";
}
