namespace Directus.Application.Configuration;

/// <summary>
/// The reverse proxies allowed to name the client in <c>X-Forwarded-For</c>. With none listed (the default), the
/// header is ignored and the connection's own address is the client.
/// </summary>
public sealed class ForwardedHeadersTrustOptions
{
    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies, counted from this server, may each add their entry: 1 for a single proxy, 2 for a CDN in front of a load balancer.</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>False while nothing is listed: then the header must be ignored altogether.</summary>
    public bool TrustsAnyProxy => KnownProxies.Count + KnownNetworks.Count > 0;
}
