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
