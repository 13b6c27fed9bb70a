using System.Net;
using Directus.Tests.Support;

namespace Directus.Tests.Functional;

/// <summary>
/// swagger-ui is served under <c>/docs</c> only (the middleware sits in a branch for that path): the page, its assets
/// and its redirect still answer there, and a path that merely starts with the same letters is not the page.
/// </summary>
public sealed class ApiReferencePageServingTests
{
    private DirectusApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = new DirectusApiFactory();
        _client = _factory.CreateClient(new() { AllowAutoRedirect = false });
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [TestCase("/docs/index.html", "text/html")]
    [TestCase("/DOCS/index.html", "text/html")]
    [TestCase("/docs/swagger-ui-bundle.js", "text/javascript")]
    public async Task PageAndAssets_AreServed(string path, string mediaType)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        });
    }

    [TestCase("/docs")]
    [TestCase("/docs/")]
    public async Task BarePrefix_RedirectsToThePage(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
            Assert.That(new Uri(new Uri("http://localhost" + path), response.Headers.Location!).AbsolutePath, Is.EqualTo("/docs/index.html"));
        });
    }

    [Test]
    public async Task PathSharingOnlyTheLetters_IsNotThePage()
    {
        using var response = await _client.GetAsync(new Uri("/docsx/index.html", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
