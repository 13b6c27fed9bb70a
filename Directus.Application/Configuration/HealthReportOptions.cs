namespace Directus.Application.Configuration;

/// <summary>What <c>/server/health</c> answers with and how long an anonymous answer lasts (part of <c>Directus:Health</c>).</summary>
public sealed class HealthReportOptions : ISettingsSection
{
    /// <inheritdoc />
    public static string SectionPath => "Directus:Health";

    /// <summary>The <c>serviceId</c> reported to the super admin; unset or blank means this machine's name.</summary>
    public string? ServiceId { get; set; }

    /// <summary>
    /// How long one run of the checks answers anonymous callers (counted from its start). Concurrent anonymous calls
    /// share a run whatever this is; zero: a new run for every anonymous call that finds none going on.
    /// </summary>
    public TimeSpan AnonymousResultLifetime { get; set; } = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    public IEnumerable<string> Problems()
    {
        if (AnonymousResultLifetime < TimeSpan.Zero || AnonymousResultLifetime > TimeSpan.FromMinutes(1))
        {
            yield return "Directus:Health:AnonymousResultLifetime must be between 00:00:00 and 00:01:00";
        }
    }
}
