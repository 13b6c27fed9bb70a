using System.Net;
using Directus.Application.Server.Ports;
using Directus.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace Directus.Tests.Functional;

/// <summary>Failures that need the app's services swapped; the pure HTTP error checks are in Contract/ErrorContractTests.</summary>
public sealed class ErrorEnvelopeTests
{
    [Test]
    public async Task UnexpectedException_Answers500Code0WithoutDetail()
    {
        using var factory = ThrowingFactory("Production");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/server/info?super_admin_token={DirectusApiFactory.Token}", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"error\":{\"code\":0,\"message\":\"Internal Server Error\"}}"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        });
    }

    [Test]
    public async Task UnexpectedException_InDevelopment_AddsClassAndDetail()
    {
        using var factory = ThrowingFactory("Development");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/server/info?super_admin_token={DirectusApiFactory.Token}", UriKind.Relative));

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(
            "{\"error\":{\"code\":0,\"message\":\"Internal Server Error\",\"class\":\"System.InvalidOperationException\",\"detail\":\"test-only failure\"}}"));
    }

    private static DirectusApiFactory ThrowingFactory(string environment)
    {
        var verifier = new Mock<ISuperAdminTokenVerifier>();
        verifier.Setup(v => v.IsSuperAdminToken(It.IsAny<string>())).Throws(new InvalidOperationException("test-only failure"));
        return new DirectusApiFactory { Environment = environment }
            .WithServices(services => services.AddSingleton(verifier.Object));
    }
}
