using System.Net;
using Directus.Application.Configuration;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Directus.Api.Proxies;

public static class ForwardedHeadersRegistration
{
    /// <summary>The framework's forwarded-headers middleware, believing only the proxies <c>Directus:ForwardedHeaders</c> lists.</summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<ForwardedHeadersTrustOptions>(configuration);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersTrustOptions>>((forwarded, trustOptions) =>
        {
            var trust = trustOptions.Value;
            // The framework trusts loopback by default; here only what the operator listed counts.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in trust.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in trust.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // With both lists empty the middleware would believe every sender, so it must then do nothing at all.
            forwarded.ForwardedHeaders = trust.TrustsAnyProxy
                ? ForwardedHeaders.XForwardedFor
                : ForwardedHeaders.None;
            forwarded.ForwardLimit = trust.ForwardLimit;
        });
        return services;
    }
}
