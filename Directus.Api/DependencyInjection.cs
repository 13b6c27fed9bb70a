using System.Text.Encodings.Web;
using Directus.Api.Errors;
using Directus.Api.Http;
using Directus.Api.OpenApi;
using Directus.Application.Configuration;
using Directus.Application.Server.Queries.GetHealth;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Directus.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        // The request limits live under Kestrel:Limits (see appsettings.json); /server/info reports them.
        services.Configure<KestrelServerOptions>(configuration.GetSection("Kestrel"));

        services.AddControllers()
            .AddJsonOptions(options =>
            {
                options.JsonSerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
                // JSON for API clients, not for embedding in HTML: keep "+", "/" and non-ASCII readable.
                options.JsonSerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            });

        services.AddAutoMapper(_ => { }, typeof(DependencyInjection).Assembly);
        services.AddExceptionHandler<DirectusExceptionHandler>();
        services.AddDirectusOpenApi();
        services.AddDirectusCors();

        // Who answers /server/health: this API's release, and the configured service id or else the machine's name.
        services.AddSingleton(provider => new ServiceIdentity(
            ReleaseVersion.Of(typeof(DependencyInjection).Assembly),
            provider.GetRequiredService<IOptions<DirectusOptions>>().Value.Health.ServiceId is { } serviceId && !string.IsNullOrWhiteSpace(serviceId)
                ? serviceId.Trim()
                : Environment.MachineName));
        return services;
    }
}
