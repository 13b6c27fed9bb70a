using Directus.Application.Configuration;
using Directus.Application.Metrics.Ports;
using Directus.Application.Server.Ports;
using Directus.Infrastructure.Configuration;
using Directus.Infrastructure.Health;
using Directus.Infrastructure.Probes;
using Directus.Infrastructure.Security;
using Directus.Infrastructure.Startup;
using Directus.Infrastructure.Storage;
using Directus.Infrastructure.Throttling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure;

public static class DependencyInjection
{
    private const string CorsOriginsKey = $"{DirectusOptions.SectionName}:{nameof(DirectusOptions.Cors)}:{nameof(DirectusCorsOptions.Origins)}";
    private const string MetricsTokensKey = $"{DirectusOptions.SectionName}:{nameof(DirectusOptions.Metrics)}:{nameof(MetricsOptions.Tokens)}";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectusOptions>()
            .Configure(_ => UnreadableSettings.ThrowIfAny<DirectusOptions>(configuration.GetSection(DirectusOptions.SectionName)))
            .Bind(configuration.GetSection(DirectusOptions.SectionName))
            .Configure(options => BindOriginsGivenAsOneString(options.Cors, configuration.GetSection(CorsOriginsKey)))
            .Configure(options => BindMetricsTokensGivenAsOneString(options.Metrics, configuration.GetSection(MetricsTokensKey)))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectusOptions>, DirectusOptionsValidator>();

        services.AddSingleton<StorageLayout>();
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton<SuperAdminTokenStore>();
        services.AddSingleton<StorageStartupService>();
        services.AddHostedService(provider => provider.GetRequiredService<StorageStartupService>());

        services.AddSingleton<ISuperAdminTokenVerifier>(provider => provider.GetRequiredService<SuperAdminTokenStore>());
        services.AddSingleton<IMetricsTokenVerifier, MetricsTokenSet>();
        services.AddSingleton<TokenFileMetrics>();
        services.AddSingleton<IWebServerProbe, WebServerProbe>();
        services.AddSingleton<IOperatingSystemProbe>(_ => new OperatingSystemProbe());
        services.AddSingleton<IRuntimeProbe, RuntimeProbe>();
        services.AddSingleton<IUploadLimitProbe, UploadLimitProbe>();
        services.AddSingleton<IDirectoryPermissionProbe, DirectoryPermissionProbe>();
        services.AddDirectusHealthChecks(configuration);
        services.AddFailedAttemptStore();
        return services;
    }

    /// <summary>
    /// The binder fills <see cref="DirectusCorsOptions.Origins"/> from the list form only and silently drops one string
    /// (<c>Directus__Cors__Origins=https://a.example.com,https://b.example.com</c>, as Directus 11's <c>CORS_ORIGIN</c>),
    /// which would leave the list empty: any origin. Here that string is read as the list it is, and goes through the
    /// same validation. Empty counts as not given, as an empty list does.
    /// </summary>
    private static void BindOriginsGivenAsOneString(DirectusCorsOptions cors, IConfigurationSection origins)
    {
        if (string.IsNullOrEmpty(origins.Value))
        {
            return;
        }

        if (cors.Origins.Count > 0)
        {
            // Which one was meant to win cannot be told, and joining them could allow more than either says.
            throw new OptionsValidationException(
                DirectusOptions.SectionName, typeof(DirectusOptions), [$"{origins.Path} is given both as one comma-separated string and as a list; give one of them"]);
        }

        foreach (var origin in DirectusCorsOptions.SplitOriginList(origins.Value))
        {
            cors.Origins.Add(origin);
        }
    }

    /// <summary>As the CORS origins: Directus 11's <c>METRICS_TOKENS</c> is one comma-separated string, which the binder would drop.</summary>
    private static void BindMetricsTokensGivenAsOneString(MetricsOptions metrics, IConfigurationSection tokens)
    {
        if (string.IsNullOrEmpty(tokens.Value))
        {
            return;
        }

        if (metrics.Tokens.Count > 0)
        {
            throw new OptionsValidationException(
                DirectusOptions.SectionName, typeof(DirectusOptions), [$"{tokens.Path} is given both as one comma-separated string and as a list; give one of them"]);
        }

        foreach (var token in MetricsOptions.SplitTokenList(tokens.Value))
        {
            metrics.Tokens.Add(token);
        }
    }
}
