namespace Directus.Application.Configuration;

/// <summary>The <c>Directus</c> configuration section.</summary>
public sealed class DirectusOptions
{
    public const string SectionName = "Directus";

    /// <summary>
    /// The v8 root directory (config/, logs/, public/, public/uploads/); relative paths are taken from the working
    /// directory. Unset: the user's data folder, <c>~/.local/share/directus</c> on Linux.
    /// </summary>
    public string? RootPath { get; set; }

    /// <summary>How long a request waits for a machine probe before using its fallback.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often, at most, the token file is looked at for edits (zero: on every request).</summary>
    public TimeSpan TokenFileCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary><c>Directus:Health</c>: what <c>/server/health</c> reports.</summary>
    public DirectusHealthOptions Health { get; set; } = new();

    /// <summary><c>Directus:Cors</c>: which browser origins may call the API.</summary>
    public DirectusCorsOptions Cors { get; set; } = new();

    /// <summary><c>Directus:Throttle</c>: the failed-token throttle.</summary>
    public ThrottleOptions Throttle { get; set; } = new();

    /// <summary><c>Directus:Redis</c>: the Redis the throttle shares between instances.</summary>
    public RedisOptions Redis { get; set; } = new();

    /// <summary><c>Directus:ForwardedHeaders</c>: the proxies whose <c>X-Forwarded-For</c> is believed.</summary>
    public ForwardedHeadersTrustOptions ForwardedHeaders { get; set; } = new();

    /// <summary><c>Directus:Metrics</c>: the Prometheus endpoint and who may scrape it.</summary>
    public MetricsOptions Metrics { get; set; } = new();

    /// <summary><c>Directus:HttpLogging</c>: the framework's HTTP logging, off unless an operator turns it on.</summary>
    public HttpLoggingSwitchOptions HttpLogging { get; set; } = new();
}
