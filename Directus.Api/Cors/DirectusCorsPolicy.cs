using Directus.Application.Configuration;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Directus.Api.Cors;

/// <summary>
/// The module's CORS policy, from <c>Directus:Cors</c>: any origin unless origins are listed, any method and header,
/// never credentials. A named policy, so the host's default policy stays the host's. It applies only where the app opts
/// in with <see cref="DirectusAppWide.UseDirectusCors"/>, for every route, answering preflights (204) before routing
/// could call them a 405: endpoint metadata would make the framework refuse the module's endpoints in a host without
/// CORS middleware.
/// </summary>
public static class DirectusCorsPolicy
{
    /// <summary>The policy's name.</summary>
    public const string Name = "Directus";

    /// <summary>Registers the framework's CORS services and the module's policy.</summary>
    public static IServiceCollection AddDirectusCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<DirectusCorsOptions>(configuration)
            .AlsoReadAsOneString(configuration, nameof(DirectusCorsOptions.Origins), cors => cors.Origins, DirectusCorsOptions.SplitOriginList);
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectusCorsOptions>>((cors, directus) =>
            cors.AddPolicy(Name, policy =>
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
