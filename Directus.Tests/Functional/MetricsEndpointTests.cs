using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Directus.Tests.Support;

namespace Directus.Tests.Functional;

/// <summary>Who may read <c>/metrics</c>, in process; what it says is checked against the real server in EndToEnd.</summary>
public sealed class MetricsEndpointTests
{
    private const string ScrapeToken = "scrape-token-one";
    private const string OtherScrapeToken = "scrape-token-two";
    private const string NotFound = "{\"error\":{\"code\":1,\"message\":\"Not Found\"}}";
    private const string Blank = "{\"error\":{\"code\":4,\"message\":\"super_admin_token: This value should not be blank.\"}}";
    private const string NotSingle = "{\"error\":{\"code\":4,\"message\":\"super_admin_token: This value should be a single value.\"}}";
    private const string Denied = "{\"error\":{\"code\":3,\"message\":\"Permission denied: Superadmin Only\"}}";

    private DirectusApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartEnabled()
    {
        _factory = new DirectusApiFactory()
            .WithClientAddressHeader()
            .WithSetting("Directus:Metrics:Enabled", "true")
            .WithSetting("Directus:Metrics:Tokens", $"{ScrapeToken},{OtherScrapeToken}");
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Metrics_WhenDisabled_Returns404Code1EvenWithTheSuperAdminToken()
    {
        using var factory = new DirectusApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/metrics?super_admin_token=" + DirectusApiFactory.Token, UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(NotFound));
        });
    }

    [Test]
    public async Task Metrics_WithoutCredentials_Returns422Code4()
    {
        using var response = await GetAsync(authorization: null);

        await AssertAnswerAsync(response, HttpStatusCode.UnprocessableEntity, Blank);
    }

    [Test]
    public async Task Metrics_WithAWrongMetricsToken_Returns401Code3()
    {
        using var response = await GetAsync(new AuthenticationHeaderValue("Metrics", "not-a-scrape-token"));

        await AssertAnswerAsync(response, HttpStatusCode.Unauthorized, Denied);
    }

    [Test]
    public async Task Metrics_WithABlankMetricsToken_Returns422Code4()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Metrics");

        using var response = await _client.SendAsync(request);

        await AssertAnswerAsync(response, HttpStatusCode.UnprocessableEntity, Blank);
    }

    [Test]
    public async Task Metrics_WithAMetricsTokenAndTheSuperAdminToken_Returns422Code4()
    {
        using var response = await GetAsync(new AuthenticationHeaderValue("Metrics", ScrapeToken), "?super_admin_token=" + DirectusApiFactory.Token);

        await AssertAnswerAsync(response, HttpStatusCode.UnprocessableEntity, NotSingle);
    }

    [TestCase(ScrapeToken)]
    [TestCase(OtherScrapeToken)]
    public async Task Metrics_WithEitherConfiguredMetricsToken_Returns200WithThePrometheusText(string token)
    {
        using var response = await GetAsync(new AuthenticationHeaderValue("Metrics", token));

        await AssertExpositionAsync(response);
    }

    [Test]
    public async Task Metrics_WithTheSuperAdminTokenInTheQuery_Returns200()
    {
        using var response = await GetAsync(authorization: null, "?super_admin_token=" + DirectusApiFactory.Token);

        await AssertExpositionAsync(response);
    }

    [Test]
    public async Task Metrics_WithTheSuperAdminTokenAsBearer_Returns200()
    {
        using var response = await GetAsync(new AuthenticationHeaderValue("Bearer", DirectusApiFactory.Token));

        await AssertExpositionAsync(response);
    }

    [Test]
    public async Task Info_WithAMetricsToken_Returns401Code3()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/server/info?super_admin_token=" + ScrapeToken, UriKind.Relative));

        using var response = await _client.SendAsync(request);

        await AssertAnswerAsync(response, HttpStatusCode.Unauthorized, Denied);
    }

    [Test]
    public async Task Info_WithTheMetricsScheme_IsNoToken()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/server/info", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Metrics", DirectusApiFactory.Token);

        using var response = await _client.SendAsync(request);

        await AssertAnswerAsync(response, HttpStatusCode.UnprocessableEntity, Blank);
    }

    [Test]
    public async Task Metrics_AfterTenWrongMetricsTokens_Returns429EvenForTheRightOne()
    {
        const string Client = "203.0.113.99";
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var failed = await GetAsync(new AuthenticationHeaderValue("Metrics", "wrong-" + attempt), clientAddress: Client);
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        using var throttled = await GetAsync(new AuthenticationHeaderValue("Metrics", ScrapeToken), clientAddress: Client);

        Assert.That(throttled.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task OpenApi_DocumentsMetricsWithTheScrapeTokenSchemeAndTheErrorAnswers()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var scrape = document.RootElement.GetProperty("paths").GetProperty("/metrics").GetProperty("get");
        var schemes = scrape.GetProperty("security").EnumerateArray().SelectMany(requirement => requirement.EnumerateObject().Select(scheme => scheme.Name));
        var statuses = scrape.GetProperty("responses").EnumerateObject().Select(response => response.Name);
        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("metricsToken");

        Assert.Multiple(() =>
        {
            Assert.That(schemes, Is.EquivalentTo(new[] { "superAdminBearer", "superAdminQuery", "metricsToken" }));
            Assert.That(statuses, Is.SupersetOf(new[] { "200", "401", "422", "429" }));
            Assert.That(scheme.GetProperty("in").GetString(), Is.EqualTo("header"));
            Assert.That(scheme.GetProperty("name").GetString(), Is.EqualTo("Authorization"));
        });
    }

    private async Task<HttpResponseMessage> GetAsync(AuthenticationHeaderValue? authorization, string query = "", string clientAddress = "192.0.2.10")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics" + query, UriKind.Relative));
        request.Headers.Authorization = authorization;
        request.Headers.Add(ClientAddressHeader.Name, clientAddress);
        return await _client.SendAsync(request);
    }

    private static async Task AssertAnswerAsync(HttpResponseMessage response, HttpStatusCode status, string body)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(text, Is.EqualTo(body));
        });
    }

    private static async Task AssertExpositionAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(text, Does.Contain("# TYPE target_info gauge"));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        });
    }
}
