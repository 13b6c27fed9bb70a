using Directus.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Tests.Functional;

/// <summary>
/// The module relies on none of ASP.NET Core's authentication or authorization (the super admin check is its own, in
/// the request pipeline), so a host's schemes and policies neither open nor close its endpoints.
/// </summary>
public sealed class FrameworkAuthenticationTests
{
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
