using System.Net;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>The API reference page as a person sees it: the real server, rendered by headless Chromium.</summary>
public sealed class ApiReferencePageTests : SharedServerTest
{
    [Test]
    public async Task Docs_InABrowser_RendersTheThreeServerPaths()
    {
        HeadlessChromium.RequirePath();

        var dom = await HeadlessChromium.DumpDomAsync(new Uri(Server.BaseAddress, "/docs"));

        Assert.Multiple(() =>
        {
            Assert.That(dom, Does.Contain("id=\"swagger-ui\""), "the swagger-ui page");
            Assert.That(dom, Does.Contain("Directus-compatible Server API"), "the document's title, read from /openapi/v1.json");
            foreach (var path in new[] { "/server/ping", "/server/info", "/server/health" })
            {
                Assert.That(dom, Does.Contain($"data-path=\"{path}\""), path + " rendered as an operation");
            }
        });
    }

    [Test]
    public async Task Docs_ServesThePageAndItsAssetsFromTheServer()
    {
        using var page = await Server.Client.GetAsync(new Uri("/docs/index.html", UriKind.Relative));
        using var script = await Server.Client.GetAsync(new Uri("/docs/swagger-ui-bundle.js", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(script.StatusCode, Is.EqualTo(HttpStatusCode.OK), "swagger-ui ships inside the package");
            Assert.That(html, Does.Not.Contain("://cdn").And.Not.Contain("unpkg.com"), "no asset from the network");
        });
    }
}
