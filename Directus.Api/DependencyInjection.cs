using System.Text.Encodings.Web;
using Directus.Api.Errors;
using Microsoft.AspNetCore.Server.Kestrel.Core;

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
        return services;
    }
}
