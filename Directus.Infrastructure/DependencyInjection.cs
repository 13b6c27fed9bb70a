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
            .Configure(options => ListGivenAsOneString.Bind(options.Cors.Origins, configuration.GetSection(CorsOriginsKey), DirectusCorsOptions.SplitOriginList))
            .Configure(options => ListGivenAsOneString.Bind(options.Metrics.Tokens, configuration.GetSection(MetricsTokensKey), MetricsOptions.SplitTokenList))
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
}
