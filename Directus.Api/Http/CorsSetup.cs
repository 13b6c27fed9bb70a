using Directus.Application.Configuration;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Directus.Api.Http;

/// <summary>
/// The framework's CORS middleware with one default policy from <c>Directus:Cors</c>: any origin unless
/// origins are listed, any method and header, never credentials. Preflights are answered 204 by the
/// middleware itself, before routing could call them a 405.
/// </summary>
public static class CorsSetup
{
    public static IServiceCollection AddDirectusCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectusOptions>>((cors, directus) =>
            cors.AddDefaultPolicy(policy =>
            {
                var settings = directus.Value.Cors;
                if (settings.AllowsAnyOrigin)
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins([.. settings.Origins]);
                }

                policy.AllowAnyMethod().AllowAnyHeader().DisallowCredentials();
            }));
        return services;
    }
}
