using System.Net;

namespace Directus.Tests.Contract;

[Category("Contract")]
public sealed class PingContractTests : ContractTest
{
    [TestCase("/server/ping")]
    [TestCase("/SERVER/PING")]
    [TestCase("/server/ping/")]
    [TestCase("/server/ping?anything=ignored&super_admin_token=x")]
    public async Task Get_AnswersPongAsHtml(string path)
    {
        using var response = await Client.GetAsync(Relative(path));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("pong"));
            Assert.That(response.Content.Headers.GetValues("Content-Type"), Is.EqualTo(new[] { "text/html; charset=UTF-8" }));
            Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(4));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        });
    }

    [Test]
    public async Task Head_AnswersTheSameHeadersWithoutBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/server/ping");
        using var response = await Client.SendAsync(request);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.GetValues("Content-Type"), Is.EqualTo(new[] { "text/html; charset=UTF-8" }));
            Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(4));
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.Empty);
        });
    }

    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("PATCH")]
    [TestCase("DELETE")]
    public async Task OtherMethods_Answer405Code6WithAllow(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/server/ping") { Content = new StringContent("{}") };
        using var response = await Client.SendAsync(request);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"error\":{\"code\":6,\"message\":\"Method Not Allowed\"}}"));
            Assert.That(response.Content.Headers.GetValues("Allow"), Is.EqualTo(new[] { "GET", "HEAD" }));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        });
    }
}
