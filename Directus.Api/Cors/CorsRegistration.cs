using Directus.Application.Configuration;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Directus.Api.Cors;

/// <summary>
/// The framework's CORS middleware with one default policy from <c>Directus:Cors</c>: any origin unless
/// origins are listed, any method and header, never credentials. Preflights are answered 204 by the
/// middleware itself, before routing could call them a 405.
/// </summary>
public static class CorsRegistration
{
    public static IServiceCollection AddDirectusCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<DirectusCorsOptions>(configuration)
            .AlsoReadAsOneString(configuration, nameof(DirectusCorsOptions.Origins), cors => cors.Origins, DirectusCorsOptions.SplitOriginList);
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectusCorsOptions>>((cors, directus) =>
            cors.AddDefaultPolicy(policy =>
            {
                var settings = directus.Value;
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
