using System.Net;

namespace Directus.Tests.Contract;

[Category("Contract")]
public sealed class ErrorContractTests : ContractTest
{
    [TestCase("/")]
    [TestCase("/nope")]
    [TestCase("/server")]
    [TestCase("/server/pingx")]
    [TestCase("/server/ping/extra")]
    public async Task UnknownPath_Answers404Code1(string path)
    {
        using var response = await Client.GetAsync(Relative(path));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"error\":{\"code\":1,\"message\":\"Not Found\"}}"));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        });
    }
}
