namespace Directus.Infrastructure.Health;

/// <summary>The keys of <c>checks</c> in the super admin's health answer, in Directus 11's <c>area:subject:measure</c> style.</summary>
public static class HealthCheckNames
{
    /// <summary>The process's uptime; an error once shutdown begins (<see cref="ServerLifecycleHealthCheck"/>).</summary>
    public const string ServerUptime = "server:uptime";

    /// <summary>The super admin token is configured and its file readable (<see cref="SuperAdminTokenHealthCheck"/>).</summary>
    public const string SuperAdminToken = "superAdminToken:configured";

    /// <summary>Directus 11's names, reported with the Redis throttle store.</summary>
    public const string RedisResponseTime = "redis:responseTime";

    /// <summary>The throttle's latest Redis round trip (<see cref="RateLimiterHealthCheck"/>); like <see cref="RedisResponseTime"/>, reported only with the Redis throttle store.</summary>
    public const string RateLimiterResponseTime = "rateLimiter:responseTime";

    /// <summary><c>storage:config:writable</c>, <c>storage:public/uploads:writable</c>: the folder's path below the root.</summary>
    public static string StorageWritable(string relativeFolder) => $"storage:{relativeFolder}:writable";
}
