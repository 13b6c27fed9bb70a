using Directus.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Tests.Functional;

/// <summary>
/// ASP.NET Core's authentication and authorization middlewares stay out of the pipeline (ApiPipeline): nothing uses
/// them, and no endpoint may rely on them (it would fail closed without them).
/// </summary>
public sealed class FrameworkAuthenticationTests
{
    [Test]
    public async Task ARequest_DoesNotPassThroughTheAuthenticationMiddleware()
    {
        using var factory = new DirectusApiFactory();
        _ = factory.CreateClient();

        var context = await factory.Server.SendAsync(request => request.Request.Path = "/server/ping");

        Assert.Multiple(() =>
        {
            Assert.That(context.Response.StatusCode, Is.EqualTo(200));
            // The authentication middleware sets this feature on every request it sees.
            Assert.That(context.Features.Get<IAuthenticationFeature>(), Is.Null);
        });
    }

    [Test]
    public void NoEndpoint_CarriesAuthorizationMetadata()
    {
        using var factory = new DirectusApiFactory().WithSetting("Directus:Metrics:Enabled", "true");
        _ = factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;

        Assert.That(endpoints, Is.Not.Empty);
        Assert.That(
            endpoints.Where(endpoint => endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
                .Select(endpoint => endpoint.DisplayName),
            Is.Empty);
    }
}
