using Directus.Application.Configuration;

namespace Directus.Infrastructure.Throttling;

/// <summary>
/// The <c>Directus:Throttle</c> section: how many failed token attempts (401 or 422) one client may make in a window
/// before its requests to a throttled endpoint get 429 until the window ends. The stores here count; the Api's
/// filter decides who is a client and when to ask them.
/// </summary>
public sealed class ThrottleOptions : ISettingsSection
{
    private static readonly TimeSpan LongestWindow = TimeSpan.FromDays(1);

    /// <inheritdoc />
    public static string SectionPath => "Directus:Throttle";

    /// <summary>Whether failed token attempts are counted and throttled at all (on by default).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where the failures are counted; <see cref="ThrottleStore.Redis"/> shares the count between instances.</summary>
    public ThrottleStore Store { get; set; } = ThrottleStore.Memory;

    /// <summary>Failures allowed per client and window; the next request in that window is refused.</summary>
    public int PermitLimit { get; set; } = 10;

    /// <summary>How long a client's failures count, from its first failure.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The most clients remembered at once in memory; beyond it the oldest is forgotten, so memory stays bounded. Redis
    /// needs no such bound: its keys expire with their window.
    /// </summary>
    public int MaxTrackedClients { get; set; } = 10_000;

    /// <summary>
    /// IPv6 clients are counted per network of this prefix length: one subscriber usually holds a whole /64,
    /// and counting each of its addresses apart would let it rotate past the limit. 128 counts single addresses.
    /// </summary>
    public int IPv6PrefixLength { get; set; } = 64;

    /// <inheritdoc />
    public IEnumerable<string> Problems()
    {
        const string Prefix = "Directus:Throttle:";
        if (PermitLimit < 1)
        {
            yield return $"{Prefix}PermitLimit must be at least 1 (it is {PermitLimit})";
        }

        // Retry-After is sent in whole seconds.
        if (Window < TimeSpan.FromSeconds(1) || Window > LongestWindow)
        {
            yield return $"{Prefix}Window must be between 00:00:01 and 1.00:00:00 (it is {Window})";
        }

        if (MaxTrackedClients is < 1 or > 10_000_000)
        {
            yield return $"{Prefix}MaxTrackedClients must be between 1 and 10000000 (it is {MaxTrackedClients})";
        }

        if (IPv6PrefixLength is < 1 or > 128)
        {
            yield return $"{Prefix}IPv6PrefixLength must be between 1 and 128 (it is {IPv6PrefixLength})";
        }
    }
}
