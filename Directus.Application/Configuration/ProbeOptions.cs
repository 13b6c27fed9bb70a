namespace Directus.Application.Configuration;

/// <summary>The machine probes <c>/server/info</c> and <c>/server/health</c> wait for (keys directly under <c>Directus</c>).</summary>
public sealed class ProbeOptions : ISettingsSection
{
    /// <inheritdoc />
    public static string SectionPath => "Directus";

    /// <summary>How long a request waits for a machine probe before using its fallback.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    public IEnumerable<string> Problems()
    {
        if (ProbeTimeout <= TimeSpan.Zero)
        {
            yield return "Directus:ProbeTimeout must be positive";
        }
    }
}
