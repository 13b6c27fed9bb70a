using Directus.Application.Configuration;
using Directus.Application.Server.Ports;
using Directus.Infrastructure.Health;
using Directus.Infrastructure.Probes;
using Directus.Infrastructure.Security;
using Directus.Infrastructure.Startup;
using Directus.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectusOptions>()
            .Bind(configuration.GetSection(DirectusOptions.SectionName))
            .Validate(options => !string.IsNullOrWhiteSpace(options.RootPath), "Directus:RootPath must not be empty")
            .Validate(options => options.ProbeTimeout > TimeSpan.Zero, "Directus:ProbeTimeout must be positive")
            .Validate(options => options.TokenFileCheckInterval >= TimeSpan.Zero, "Directus:TokenFileCheckInterval must not be negative")
            .Validate(options => options.Health.StorageThresholdMs > 0, "Directus:Health:StorageThresholdMs must be positive")
            .Validate(options => options.Health.ShutdownDelay >= TimeSpan.Zero, "Directus:Health:ShutdownDelay must not be negative")
            .Validate(
                options => options.Cors.Origins.All(DirectusCorsOptions.IsValidOrigin),
                "Directus:Cors:Origins must hold \"*\" or origins like https://app.example.com (scheme, host, optional port; no path or trailing slash)")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectusOptions>, DirectusOptionsValidator>();

        services.AddSingleton<StorageLayout>();
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton<SuperAdminTokenStore>();
        services.AddSingleton<StorageStartupService>();
        services.AddHostedService(provider => provider.GetRequiredService<StorageStartupService>());

        services.AddSingleton<ISuperAdminTokenVerifier, SuperAdminTokenVerifier>();
        services.AddSingleton<IWebServerProbe, WebServerProbe>();
        services.AddSingleton<IOperatingSystemProbe>(_ => new OperatingSystemProbe());
        services.AddSingleton<IRuntimeProbe, RuntimeProbe>();
        services.AddSingleton<IUploadLimitProbe, UploadLimitProbe>();
        services.AddSingleton<IDirectoryPermissionProbe, DirectoryPermissionProbe>();
        services.AddDirectusHealthChecks();
        return services;
    }
}
