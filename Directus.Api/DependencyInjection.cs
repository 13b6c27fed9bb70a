using System.Text.Encodings.Web;
using Directus.Api.Errors;

namespace Directus.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddApi(this IServiceCollection services, IHostEnvironment environment)
    {
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
