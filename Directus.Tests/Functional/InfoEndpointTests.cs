using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Directus.Domain.Server;
using Directus.Infrastructure.Probes;
using Directus.Tests.Support;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Tests.Functional;

/// <summary>Info as this repository's server measures it on this machine; the pure HTTP checks are in Contract/InfoContractTests.</summary>
public sealed class InfoEndpointTests
{
    private const string InfoPath = "/server/info?super_admin_token=" + DirectusApiFactory.Token;

    private DirectusApiFactory _factory = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void Start()
    {
        _factory = new DirectusApiFactory();
        _client = _factory.CreateClient();
    }

    [TearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Info_WithRightToken_ReportsWhatTheMachineIs()
    {
        var data = await GetDataAsync();

        var server = data.GetProperty("server");
        var php = data.GetProperty("php");
        Assert.Multiple(() =>
        {
            Assert.That(data.GetProperty("directus").GetString(), Is.EqualTo("8.8.1"));
            Assert.That(server.GetProperty("type").GetString(), Does.Match(@"^\w+/" + Regex.Escape(Environment.Version.ToString(2)) + @"\.\d+"));
            Assert.That(server.GetProperty("rewrites").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(server.GetProperty("os").GetString(), Is.EqualTo(new OperatingSystemProbe().GetFamily()));
            Assert.That(server.GetProperty("os_version").GetString(), Is.EqualTo(new OperatingSystemProbe().GetKernelVersion()));
            Assert.That(php.GetProperty("version").GetString(), Is.EqualTo(Environment.Version.ToString()));
            Assert.That(php.GetProperty("max_upload_size").GetInt64(), Is.EqualTo(30_000_000), "Kestrel's default body limit is the smaller one");
        });
    }

    [Test]
    public async Task Info_Extensions_AreTheRuntimeChecksInV8Order()
    {
        var extensions = (await GetDataAsync()).GetProperty("php").GetProperty("extensions");
        var expected = new RuntimeProbe().GetCapabilities();

        Assert.That(
            extensions.EnumerateObject().Select(property => (property.Name, property.Value.GetBoolean())),
            Is.EqualTo(new[]
            {
                ("pdo", expected.DatabaseProviderModel),
                ("mysqli", expected.MySqlDriver),
                ("curl", expected.HttpClient),
                ("gd", expected.ImageProcessing),
                ("fileinfo", expected.ContentTypeDetection),
                ("mbstring", expected.UnicodeGlobalization),
                ("json", expected.JsonSerializer),
            }));
    }

    [Test]
    public async Task Info_Permissions_AreReadLiveFromTheRoot()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix modes");
        var uploads = Path.Combine(_factory.RootPath, "public", "uploads");
        var before = (await GetDataAsync()).GetProperty("permissions");

        File.SetUnixFileMode(uploads, (UnixFileMode)Convert.ToInt32("2775", 8));
        Directory.Delete(Path.Combine(_factory.RootPath, "logs"));
        var after = (await GetDataAsync()).GetProperty("permissions");

        Assert.Multiple(() =>
        {
            Assert.That(before.GetProperty("public").GetString(), Is.EqualTo(UnixPermissions.Format((int)File.GetUnixFileMode(Path.Combine(_factory.RootPath, "public")))));
            Assert.That(before.GetProperty("logs").GetString(), Does.Match("^0[0-7]{3}$"));
            Assert.That(after.GetProperty("uploads").GetString(), Is.EqualTo("2775"));
            Assert.That(after.GetProperty("logs").GetString(), Is.EqualTo("0"));
        });
    }

    [Test]
    public async Task Info_MaxUploadSize_IsTheSmallerConfiguredLimit()
    {
        using var factory = new DirectusApiFactory()
            .WithSetting("Kestrel:Limits:MaxRequestBodySize", "250000000")
            .WithServices(services => services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = 123_456_789));
        using var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri(InfoPath, UriKind.Relative)));

        Assert.That(document.RootElement.GetProperty("data").GetProperty("php").GetProperty("max_upload_size").GetInt64(), Is.EqualTo(123_456_789));
    }

    private async Task<JsonElement> GetDataAsync()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync(new Uri(InfoPath, UriKind.Relative)));
        return document.RootElement.GetProperty("data").Clone();
    }

}
