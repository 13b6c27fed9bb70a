namespace Directus.Infrastructure.Throttling;

/// <summary>Where the failed-token throttle counts: in this process, or in Redis shared by every instance.</summary>
public enum ThrottleStore
{
    /// <summary>Each instance counts alone (the default).</summary>
    Memory,

    /// <summary>Instances share one count per client in Redis (<c>Directus:Redis</c>); per instance while Redis is unreachable.</summary>
    Redis,
}
