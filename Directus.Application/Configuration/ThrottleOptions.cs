namespace Directus.Application.Configuration;

/// <summary>
/// How many failed token attempts (401 or 422) one client may make in a window before its requests to a
/// throttled endpoint get 429 until the window ends.
/// </summary>
public sealed class ThrottleOptions
{
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
}
