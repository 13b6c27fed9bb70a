using System.Net;
using Directus.Application.Server.Ports;
using Directus.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace Directus.Tests.Functional;

public sealed class ErrorEnvelopeTests
{
    [TestCase("/")]
    [TestCase("/nope")]
    [TestCase("/server")]
    [TestCase("/server/pingx")]
    [TestCase("/server/ping/extra")]
    public async Task UnknownPath_Answers404Code1(string path)
    {
        using var factory = new DirectusApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"error\":{\"code\":1,\"message\":\"Not Found\"}}"));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        });
    }

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
