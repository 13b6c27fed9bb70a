using System.Net;
using Directus.Api.Contracts;
using Directus.Api.Errors;
using Directus.Api.Http;
using Directus.Api.Http.Throttling;
using Directus.Api.Logging;
using Directus.Api.Metrics;
using Directus.Api.OpenApi;
using Directus.Api.SuperAdmin;
using Directus.Application.Common;
using Directus.Application.Configuration;
using Directus.Application.Server.Queries.GetHealth;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Directus.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        // The request limits live under Kestrel:Limits (see appsettings.json); /server/info reports them.
        services.Configure<KestrelServerOptions>(configuration.GetSection("Kestrel"));

        var metricsOn = MetricsSwitch.IsOn(configuration);
        services.AddControllers(mvc =>
            {
                mvc.Conventions.Add(new SuperAdminTokenConvention());
                if (!metricsOn)
                {
                    mvc.Conventions.Add(new MetricsSwitch.RemoveEndpointConvention());
                }
            })
            .AddJsonOptions(options =>
            {
                options.JsonSerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
                options.JsonSerializerOptions.Encoder = ApiJsonContext.Encoder;
            });

        services.AddAutoMapper(MappingLimits.GuardEveryMap, typeof(DependencyInjection).Assembly);
        services.AddExceptionHandler<DirectusExceptionHandler>();
        services.AddDirectusOpenApi();
        services.AddDirectusCors();

        AddServiceIdentity(services);
        services.AddSingleton<TokenAttemptMetrics>();
        AddForwardedHeaders(services);
        AddHttpLogging(services, configuration);
        services.AddDirectusTelemetry(configuration);
        services.AddSecretRedaction();
        return services;
    }

    /// <summary>Who answers /server/health: this API's release, and the configured service id or else the machine's name.</summary>
    private static void AddServiceIdentity(IServiceCollection services) =>
        services.AddSingleton(provider => new ServiceIdentity(
            AssemblyVersion.Of(typeof(DependencyInjection).Assembly),
            provider.GetRequiredService<IOptions<DirectusOptions>>().Value.Health.ServiceId is { } serviceId && !string.IsNullOrWhiteSpace(serviceId)
                ? serviceId.Trim()
                : Environment.MachineName));

    private static void AddForwardedHeaders(IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<DirectusOptions>>((forwarded, directus) =>
        {
            var trust = directus.Value.ForwardedHeaders;
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
    }

    private static void AddHttpLogging(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestPropertiesAndHeaders | HttpLoggingFields.RequestQuery
                | HttpLoggingFields.ResponsePropertiesAndHeaders | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        // The framework's own settings (LoggingFields, RequestHeaders…) sit beside Directus:HttpLogging:Enabled.
        services.Configure<HttpLoggingOptions>(configuration.GetSection($"{DirectusOptions.SectionName}:{nameof(DirectusOptions.HttpLogging)}"));
    }
}
