using System.Net;
using System.Text.Json;
using Directus.Api;
using Directus.Application.Common;
using Directus.Tests.Support;

namespace Directus.Tests.Functional;

/// <summary>Health as this repository's server checks its own root; the pure HTTP checks are in Contract/HealthContractTests.</summary>
public sealed class HealthEndpointTests
{
    private const string DetailedPath = "/server/health?super_admin_token=" + DirectusApiFactory.Token;

    [Test]
    public async Task Health_OnAFreshRoot_IsOkAndListsEveryCheckInOrder()
    {
        using var factory = new DirectusApiFactory();
        using var client = factory.CreateClient();

        using var anonymous = await client.GetAsync(new Uri("/server/health", UriKind.Relative));
        var (status, root) = await ReadAsync(client, DetailedPath);

        Assert.Multiple(async () =>
        {
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await anonymous.Content.ReadAsStringAsync(), Is.EqualTo("{\"status\":\"ok\"}"));
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("ok"));
            Assert.That(root.GetProperty("releaseId").GetString(), Is.EqualTo(AssemblyVersion.Of(typeof(Program).Assembly)));
            Assert.That(root.GetProperty("serviceId").GetString(), Is.EqualTo(Environment.MachineName));
            Assert.That(root.GetProperty("checks").EnumerateObject().Select(check => check.Name), Is.EqualTo(new[]
            {
                "server:uptime",
                "superAdminToken:configured",
                "storage:config:writable",
                "storage:logs:writable",
                "storage:public:writable",
                "storage:public/uploads:writable",
            }));
            Assert.That(Observation(root, "storage:public/uploads:writable").GetProperty("threshold").GetDouble(), Is.EqualTo(750));
        });
    }

    [Test]
    public async Task Health_LeavesNothingBehindInTheRoot()
    {
        using var factory = new DirectusApiFactory();
        using var client = factory.CreateClient();

        for (var round = 0; round < 3; round++)
        {
            using var response = await client.GetAsync(new Uri(DetailedPath, UriKind.Relative));
        }

        Assert.That(Directory.GetFiles(factory.RootPath, "*", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public async Task Health_WithAMissingFolder_Returns503Error()
    {
        using var factory = new DirectusApiFactory();
        using var client = factory.CreateClient();
        using (await client.GetAsync(new Uri("/server/ping", UriKind.Relative)))
        {
            // The server has started and created its folders.
        }

        Directory.Delete(Path.Combine(factory.RootPath, "public", "uploads"));
        using var anonymous = await client.GetAsync(new Uri("/server/health", UriKind.Relative));
        var (status, root) = await ReadAsync(client, DetailedPath);

        var uploads = Observation(root, "storage:public/uploads:writable");
        Assert.Multiple(async () =>
        {
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(await anonymous.Content.ReadAsStringAsync(), Is.EqualTo("{\"status\":\"error\"}"));
            Assert.That(anonymous.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/health+json; charset=utf-8"));
            Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(uploads.GetProperty("status").GetString(), Is.EqualTo("error"));
            Assert.That(uploads.GetProperty("output").GetString(), Does.StartWith("Cannot write to "));
            Assert.That(Observation(root, "storage:public:writable").GetProperty("status").GetString(), Is.EqualTo("ok"));
        });
    }

    [Test]
    public async Task Head_WithAMissingFolder_Returns503WithTheHeadersOfGetAndNoBody()
    {
        using var factory = new DirectusApiFactory();
        using var client = factory.CreateClient();
        using (await client.GetAsync(new Uri("/server/ping", UriKind.Relative)))
        {
            // The server has started and created its folders.
        }

        Directory.Delete(Path.Combine(factory.RootPath, "public", "uploads"));
        using var anonymous = await HeadAsync(client, "/server/health");
        using var detailed = await HeadAsync(client, DetailedPath);

        Assert.Multiple(async () =>
        {
            foreach (var response in new[] { anonymous, detailed })
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/health+json; charset=utf-8"));
                Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("no-store"));
                Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.Empty);
            }
        });
    }

    [Test]
    public async Task Health_SlowerThanTheThreshold_Returns200Warn()
    {
        using var factory = new DirectusApiFactory().WithSetting("Directus:Health:StorageThresholdMs", "0.000001");
        using var client = factory.CreateClient();

        using var anonymous = await client.GetAsync(new Uri("/server/health", UriKind.Relative));
        var (_, root) = await ReadAsync(client, DetailedPath);

        Assert.Multiple(async () =>
        {
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await anonymous.Content.ReadAsStringAsync(), Is.EqualTo("{\"status\":\"warn\"}"));
            Assert.That(Observation(root, "storage:logs:writable").GetProperty("threshold").GetDouble(), Is.EqualTo(0.000001));
            Assert.That(Observation(root, "storage:logs:writable").GetProperty("output").GetString(), Does.Contain("took longer than"));
        });
    }

    [Test]
    public async Task Health_WithConfiguredServiceId_ReportsIt()
    {
        using var factory = new DirectusApiFactory().WithSetting("Directus:Health:ServiceId", "eu-west-1/api-3");
        using var client = factory.CreateClient();

        var (_, root) = await ReadAsync(client, DetailedPath);

        Assert.That(root.GetProperty("serviceId").GetString(), Is.EqualTo("eu-west-1/api-3"));
    }

    private static async Task<HttpResponseMessage> HeadAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));
        return await client.SendAsync(request);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Root)> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    private static JsonElement Observation(JsonElement root, string check) =>
        root.GetProperty("checks").GetProperty(check).EnumerateArray().Single();
}
