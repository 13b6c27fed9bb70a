using System.Net;
using Directus.Application.Configuration;
using Microsoft.AspNetCore.HttpOverrides;

namespace Directus.Api.Proxies;

/// <summary>
/// The <c>Directus:ForwardedHeaders</c> section: the reverse proxies allowed to name the client in
/// <c>X-Forwarded-For</c>. With none listed (the default), the header is ignored and the connection's own address is
/// the client.
/// </summary>
public sealed class ForwardedHeadersTrustOptions : ISettingsSection
{
    /// <inheritdoc />
    public static string SectionPath => "Directus:ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies, counted from this server, may each add their entry: 1 for a single proxy, 2 for a CDN in front of a load balancer.</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>False while nothing is listed: then the header must be ignored altogether.</summary>
    public bool TrustsAnyProxy => KnownProxies.Count + KnownNetworks.Count > 0;

    /// <summary>
    /// The framework's forwarded-headers settings believing only the listed proxies. A fresh object for the module's own
    /// middleware, so a host's <c>UseForwardedHeaders()</c> keeps its own settings.
    /// </summary>
    public ForwardedHeadersOptions ToFrameworkOptions()
    {
        // The framework trusts loopback by default; here only what the operator listed counts.
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor, ForwardLimit = ForwardLimit };
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        return forwarded;
    }

    /// <inheritdoc />
    public IEnumerable<string> Problems()
    {
        const string Prefix = "Directus:ForwardedHeaders:";
        if (ForwardLimit is < 1 or > 10)
        {
            yield return $"{Prefix}ForwardLimit must be between 1 and 10 (it is {ForwardLimit})";
        }

        foreach (var proxy in KnownProxies.Where(proxy => !IsPlainAddress(proxy)))
        {
            yield return $"{Prefix}KnownProxies holds \"{proxy}\", which is not an IP address";
        }

        foreach (var network in KnownNetworks.Where(network => !IsCanonicalNetwork(network)))
        {
            yield return $"{Prefix}KnownNetworks holds \"{network}\", which is not a network in CIDR notation with its host bits zero (e.g. 10.0.0.0/8)";
        }
    }

    /// <summary>CIDR with the host bits zero: IPNetwork.TryParse alone masks "10.0.0.1/8" to 10.0.0.0/8, which may be wider than the operator meant.</summary>
    public static bool IsCanonicalNetwork(string text) =>
        System.Net.IPNetwork.TryParse(text, out var network)
        && IPAddress.TryParse(text.AsSpan(0, text.IndexOf('/', StringComparison.Ordinal)), out var written)
        && written.Equals(network.BaseAddress);

    /// <summary>A full IPv4 dotted quad or an IPv6 address: IPAddress.TryParse alone would read "10" as 0.0.0.10 and trust a proxy nobody meant.</summary>
    public static bool IsPlainAddress(string text) =>
        IPAddress.TryParse(text, out _) && (text.Contains(':', StringComparison.Ordinal) || text.Count(c => c == '.') == 3);
}
