using Directus.Api.Controllers;
using Directus.Api.Http;
using Directus.Api.OpenApi;
using Microsoft.AspNetCore.Routing;

namespace Directus.Api;

/// <summary>The second of the Server module's two calls: <c>app.MapDirectusServer()</c>.</summary>
public static class DirectusServerEndpoints
{
    /// <summary>
    /// Maps <c>GET|HEAD /server/ping</c>, the module's controllers (<c>/server/info</c>, <c>/server/health</c>, and
    /// <c>/metrics</c> when on) and the OpenAPI document at Directus 11's <c>/server/specs/oas</c>. The controllers go
    /// through <c>MapControllers()</c>, which maps the host's own controllers as well, once however often it is called.
    /// </summary>
    /// <param name="endpoints">The host's app (or any endpoint route builder).</param>
    /// <returns>Conventions added to it apply to the module's endpoints only (those marked <see cref="DirectusServerEndpointAttribute"/>).</returns>
    public static IEndpointConventionBuilder MapDirectusServer(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var ping = endpoints.MapMethods("/server/ping", [HttpMethods.Get, HttpMethods.Head], ServerController.Ping)
            .WithTags("Server")
            .WithSummary("Liveness: answers pong")
            .WithDescription("The cheapest request the server answers: no authentication, no disk, no configuration. Any query string is ignored.")
            .Produces<string>(StatusCodes.Status200OK, HtmlText.MediaType)
            .WithMetadata(new DirectusServerEndpointAttribute());
        var specs = endpoints.MapOpenApi(OpenApiRegistration.DirectusSpecPath)
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]), new DirectusServerEndpointAttribute());
        return new ModuleEndpoints([ping, specs, endpoints.MapControllers()]);
    }

    /// <summary>Passes each convention on to the module's endpoints and leaves the host's alone.</summary>
    private sealed class ModuleEndpoints(IEndpointConventionBuilder[] builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
            {
                builder.Add(OnModuleEndpoints(convention));
            }
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in builders)
            {
                builder.Finally(OnModuleEndpoints(finallyConvention));
            }
        }

        private static Action<EndpointBuilder> OnModuleEndpoints(Action<EndpointBuilder> convention) => endpoint =>
        {
            if (DirectusServerEndpointAttribute.IsOn(endpoint.Metadata))
            {
                convention(endpoint);
            }
        };
    }
}
