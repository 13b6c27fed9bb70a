using System.Net;
using Directus.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Directus.Tests.Functional;

public sealed class CorsTests
{
    private const string App = "https://app.example.com";
    private const string Stranger = "https://evil.example.net";

    [Test]
    public async Task SimpleRequest_ByDefault_AllowsAnyOriginWithoutCredentials()
    {
        using var factory = new DirectusApiFactory();
        using var client = factory.CreateClient();

        using var response = await SendAsync(client, HttpMethod.Get, "/server/ping", Stranger);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo("*"));
            Assert.That(response.Headers.Contains("Access-Control-Allow-Credentials"), Is.False);
        });
    }

    [Test]
    public async Task Preflight_ByDefault_Answers204WithTheAllowHeaders()
    {
        using var factory = new DirectusApiFactory();
        using var client = factory.CreateClient();

        using var response = await SendAsync(client, HttpMethod.Options, "/server/info", App, requestMethod: "GET", requestHeaders: "x-requested-with");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo("*"));
            Assert.That(Header(response, "Access-Control-Allow-Methods"), Is.EqualTo("GET"));
            Assert.That(Header(response, "Access-Control-Allow-Headers"), Is.EqualTo("x-requested-with"));
            Assert.That(response.Headers.Contains("Access-Control-Allow-Credentials"), Is.False);
            Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task ErrorAnswers_AlsoCarryTheAllowOrigin_SoBrowserAppsCanReadThem()
    {
        using var factory = new DirectusApiFactory();
        using var client = factory.CreateClient();

        using var response = await SendAsync(client, HttpMethod.Get, "/server/info?super_admin_token=wrong", App);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo("*"));
        });
    }

    [Test]
    public async Task ConfiguredOrigins_AllowedOrigin_IsEchoedOnSimpleRequestAndPreflight()
    {
        using var factory = RestrictedFactory();
        using var client = factory.CreateClient();

        using var simple = await SendAsync(client, HttpMethod.Get, "/server/ping", App);
        using var preflight = await SendAsync(client, HttpMethod.Options, "/server/health", App, requestMethod: "GET");

        Assert.Multiple(() =>
        {
            Assert.That(Header(simple, "Access-Control-Allow-Origin"), Is.EqualTo(App));
            Assert.That(simple.Headers.Vary, Does.Contain("Origin"));
            Assert.That(preflight.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(Header(preflight, "Access-Control-Allow-Origin"), Is.EqualTo(App));
            Assert.That(Header(preflight, "Access-Control-Allow-Methods"), Is.EqualTo("GET"));
        });
    }

    [Test]
    public async Task ConfiguredOrigins_RefusedOrigin_GetsNoAllowHeaders()
    {
        using var factory = RestrictedFactory();
        using var client = factory.CreateClient();

        using var simple = await SendAsync(client, HttpMethod.Get, "/server/ping", Stranger);
        using var preflight = await SendAsync(client, HttpMethod.Options, "/server/info", Stranger, requestMethod: "GET");

        Assert.Multiple(async () =>
        {
            Assert.That(simple.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the server answers; the browser withholds it");
            Assert.That(await simple.Content.ReadAsStringAsync(), Is.EqualTo("pong"));
            Assert.That(simple.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
            Assert.That(preflight.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "a preflight is never a 405");
            Assert.That(preflight.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
            Assert.That(preflight.Headers.Contains("Access-Control-Allow-Methods"), Is.False);
        });
    }

    [Test]
    public async Task ConfiguredOrigins_WithStar_AllowAnyOrigin()
    {
        using var factory = new DirectusApiFactory()
            .WithSetting("Directus:Cors:Origins:0", App)
            .WithSetting("Directus:Cors:Origins:1", "*");
        using var client = factory.CreateClient();

        using var response = await SendAsync(client, HttpMethod.Get, "/server/ping", Stranger);

        Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo("*"));
    }

    [Test]
    public async Task ConfiguredOriginsAsOneCommaSeparatedString_AllowListedOriginsOnly()
    {
        using var factory = new DirectusApiFactory().WithSetting("Directus:Cors:Origins", $"{App}, http://localhost:8080");
        using var client = factory.CreateClient();

        using var listed = await SendAsync(client, HttpMethod.Get, "/server/ping", App);
        using var listedSecond = await SendAsync(client, HttpMethod.Get, "/server/ping", "http://localhost:8080");
        using var refused = await SendAsync(client, HttpMethod.Get, "/server/ping", Stranger);
        using var refusedPreflight = await SendAsync(client, HttpMethod.Options, "/server/info", Stranger, requestMethod: "GET");

        Assert.Multiple(() =>
        {
            Assert.That(Header(listed, "Access-Control-Allow-Origin"), Is.EqualTo(App));
            Assert.That(Header(listedSecond, "Access-Control-Allow-Origin"), Is.EqualTo("http://localhost:8080"), "entries are trimmed");
            Assert.That(refused.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
            Assert.That(refusedPreflight.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        });
    }

    [TestCase(App + ",app.example.com", "Directus:Cors:Origins holds \"app.example.com\"")]
    [TestCase(App + ",,http://localhost:8080", "Directus:Cors:Origins holds an empty entry")]
    [TestCase(App + ",", "Directus:Cors:Origins holds an empty entry")]
    [TestCase(" ", "Directus:Cors:Origins holds an empty entry")]
    public void ConfiguredOriginsAsOneString_WithABadOrEmptyEntry_RefusesToStart(string origins, string reason)
    {
        AssertRefusesToStart(new DirectusApiFactory().WithSetting("Directus:Cors:Origins", origins), reason);
    }

    [Test]
    public void ConfiguredOrigins_AsOneStringAndAsAList_RefusesToStart()
    {
        var factory = new DirectusApiFactory()
            .WithSetting("Directus:Cors:Origins", App)
            .WithSetting("Directus:Cors:Origins:0", "http://localhost:8080");

        AssertRefusesToStart(factory, "Directus:Cors:Origins is given both as one comma-separated string and as a list");
    }

    private static void AssertRefusesToStart(DirectusApiFactory factory, string reason)
    {
        using var logs = new CapturingLoggerProvider();
        using var refusing = factory.WithServices(services => services.AddSingleton<ILoggerProvider>(logs));

        Assert.Catch(() => refusing.CreateClient(), "the host never starts");

        var critical = logs.Entries.Where(entry => entry.Level == LogLevel.Critical).Select(entry => entry.Message).ToArray();
        Assert.That(critical, Has.Length.EqualTo(1));
        Assert.That(critical[0], Does.StartWith("Refusing to start: invalid configuration: ").And.Contain(reason));
    }

    private static DirectusApiFactory RestrictedFactory() =>
        new DirectusApiFactory()
            .WithSetting("Directus:Cors:Origins:0", App)
            .WithSetting("Directus:Cors:Origins:1", "http://localhost:8080");

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpMethod method, string path, string origin, string? requestMethod = null, string? requestHeaders = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", origin);
        if (requestMethod is not null)
        {
            request.Headers.Add("Access-Control-Request-Method", requestMethod);
        }

        if (requestHeaders is not null)
        {
            request.Headers.Add("Access-Control-Request-Headers", requestHeaders);
        }

        return await client.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
