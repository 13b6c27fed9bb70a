using System.Net;

namespace Directus.Tests.Contract;

/// <summary>What holds whatever origins a deployment allows: a preflight is answered 204, a plain OPTIONS is a 405.</summary>
[Category("Contract")]
public sealed class CorsContractTests : ContractTest
{
    [TestCase("/server/ping")]
    [TestCase("/server/info")]
    [TestCase("/server/health")]
    public async Task Preflight_Answers204_NeverA405Envelope(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", "https://app.example.com");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        using var response = await Client.SendAsync(request);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task Options_WithoutPreflightHeaders_Answers405Code6WithAllow()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/server/ping");
        request.Headers.Add("Origin", "https://app.example.com");

        using var response = await Client.SendAsync(request);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(response.Content.Headers.GetValues("Allow"), Is.EqualTo(new[] { "GET", "HEAD" }));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"error\":{\"code\":6,\"message\":\"Method Not Allowed\"}}"));
        });
    }
}
