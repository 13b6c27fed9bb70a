namespace Directus.Application.Configuration;

/// <summary>The <c>Directus:Health</c> configuration section.</summary>
public sealed class DirectusHealthOptions
{
    /// <summary>The <c>serviceId</c> reported to the super admin; unset or blank means this machine's name.</summary>
    public string? ServiceId { get; set; }

    /// <summary>A storage folder's write-and-delete check warns when it takes longer than this (Directus 11's storage default).</summary>
    public double StorageThresholdMs { get; set; } = 750;

    /// <summary>
    /// How long the server keeps answering after shutdown begins, with <c>/server/health</c> already reporting
    /// <c>error</c>, so that a load balancer stops sending traffic before the listener closes. Zero: no delay.
    /// It counts toward the host's shutdown timeout (30 s by default).
    /// </summary>
    public TimeSpan ShutdownDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// How long one run of the checks answers anonymous callers (counted from its start). Concurrent anonymous calls
    /// share a run whatever this is; zero: a new run for every anonymous call that finds none going on.
    /// </summary>
    public TimeSpan AnonymousResultLifetime { get; set; } = TimeSpan.FromSeconds(1);
}
