using System.Net;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>The built server on real Kestrel, over real sockets.</summary>
public sealed class PingEndToEndTests : SharedServerTest
{
    [Test]
    public async Task Get_OverARawSocket_AnswersExactlyPong()
    {
        var response = await SendRawAsync("GET /server/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        Assert.Multiple(() =>
        {
            Assert.That(response, Does.StartWith("HTTP/1.1 200 OK\r\n"));
            Assert.That(response, Does.Contain("\r\nContent-Type: text/html; charset=UTF-8\r\n"));
            Assert.That(response, Does.Contain("\r\nContent-Length: 4\r\n"));
            Assert.That(response, Does.Contain("\r\nX-Content-Type-Options: nosniff\r\n"));
            Assert.That(response, Does.EndWith("\r\n\r\npong"));
        });
    }

    [Test]
    public async Task Head_OverARawSocket_SendsHeadersOnly()
    {
        var response = await SendRawAsync("HEAD /server/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        Assert.Multiple(() =>
        {
            Assert.That(response, Does.StartWith("HTTP/1.1 200 OK\r\n"));
            Assert.That(response, Does.Contain("\r\nContent-Length: 4\r\n"));
            Assert.That(response, Does.EndWith("\r\n\r\n"), "no body after the headers");
        });
    }

    [Test]
    public async Task Post_Answers405WithAllow()
    {
        using var response = await Server.Client.PostAsync(new Uri("/server/ping", UriKind.Relative), null);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(response.Content.Headers.GetValues("Allow"), Is.EqualTo(new[] { "GET", "HEAD" }));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"error\":{\"code\":6,\"message\":\"Method Not Allowed\"}}"));
        });
    }

    [Test]
    public async Task UnknownPath_Answers404Code1()
    {
        using var response = await Server.Client.GetAsync(new Uri("/does/not/exist", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"error\":{\"code\":1,\"message\":\"Not Found\"}}"));
        });
    }

    /// <summary>The whole answer as sent: status line, headers, blank line and body.</summary>
    private async Task<string> SendRawAsync(string request)
    {
        var response = await RawHttp.SendAsync(Server.BaseAddress, request);
        return $"{response.Head}\r\n\r\n{response.Body}";
    }
}
