using Directus.Application.Configuration;

namespace Directus.Infrastructure.Health;

/// <summary>How the health checks judge the storage folders and how shutdown is announced (part of <c>Directus:Health</c>).</summary>
public sealed class ServerHealthOptions : ISettingsSection
{
    /// <inheritdoc />
    public static string SectionPath => "Directus:Health";

    /// <summary>A storage folder's write-and-delete check warns when it takes longer than this (Directus 11's storage default).</summary>
    public double StorageThresholdMs { get; set; } = 750;

    /// <summary>
    /// How long the server keeps answering after shutdown begins, with <c>/server/health</c> already reporting
    /// <c>error</c>, so that a load balancer stops sending traffic before the listener closes. Zero: no delay.
    /// It counts toward the host's shutdown timeout (30 s by default).
    /// </summary>
    public TimeSpan ShutdownDelay { get; set; } = TimeSpan.Zero;

    /// <inheritdoc />
    public IEnumerable<string> Problems()
    {
        if (!(StorageThresholdMs > 0))
        {
            yield return "Directus:Health:StorageThresholdMs must be positive";
        }

        if (ShutdownDelay < TimeSpan.Zero)
        {
            yield return "Directus:Health:ShutdownDelay must not be negative";
        }
    }
}
