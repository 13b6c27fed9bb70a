using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Directus.Domain.Server;
using Directus.Infrastructure.Probes;
using Directus.Tests.Support;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Tests.Functional;

public sealed partial class InfoEndpointTests
{
    private const string Blank = "{\"error\":{\"code\":4,\"message\":\"super_admin_token: This value should not be blank.\"}}";
    private const string Repeated = "{\"error\":{\"code\":4,\"message\":\"super_admin_token: This value should be a single value.\"}}";
    private const string Denied = "{\"error\":{\"code\":3,\"message\":\"Permission denied: Superadmin Only\"}}";
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
    public async Task Info_WithRightToken_AnswersTheV8ShapeInContractOrder()
    {
        using var response = await _client.GetAsync(new Uri(InfoPath, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"));
            Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("no-store"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(body, Does.Match(WireShape()), "names, order and value types, on the raw text");
        });
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

    [TestCase("/server/info", Blank, TestName = "Info_WithoutToken_Returns422Code4Blank")]
    [TestCase("/server/info?super_admin_token=", Blank, TestName = "Info_WithEmptyToken_Returns422Code4Blank")]
    [TestCase("/server/info?super_admin_token", Blank, TestName = "Info_WithValuelessToken_Returns422Code4Blank")]
    [TestCase("/server/info?super_admin_token=%20%09", Blank, TestName = "Info_WithWhiteSpaceToken_Returns422Code4Blank")]
    [TestCase("/server/info?super_admin_token=a&super_admin_token=b", Repeated, TestName = "Info_WithRepeatedToken_Returns422Code4Single")]
    [TestCase("/server/info?super_admin_token=" + DirectusApiFactory.Token + "&super_admin_token=" + DirectusApiFactory.Token, Repeated, TestName = "Info_WithRightTokenTwice_Returns422Code4Single")]
    public async Task Info_WithInvalidToken_Returns422Code4(string path, string expectedBody)
    {
        await AssertErrorAsync(path, HttpStatusCode.UnprocessableEntity, expectedBody);
    }

    [TestCase("wrong", TestName = "Info_WithWrongToken_Returns401Code3")]
    [TestCase("FUNCTIONAL-TEST-TOKEN-0123456789ABCDEF", TestName = "Info_WithTokenInOtherCase_Returns401Code3")]
    [TestCase("%20" + DirectusApiFactory.Token, TestName = "Info_WithPaddedToken_Returns401Code3")]
    [TestCase("functional-test-token", TestName = "Info_WithTokenPrefix_Returns401Code3")]
    public async Task Info_WithWrongToken_Returns401Code3(string token)
    {
        await AssertErrorAsync("/server/info?super_admin_token=" + token, HttpStatusCode.Unauthorized, Denied);
    }

    [Test]
    public async Task Info_Post_Returns405Code6WithAllow()
    {
        using var response = await _client.PostAsync(new Uri(InfoPath, UriKind.Relative), null);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(response.Content.Headers.GetValues("Allow"), Is.EqualTo(new[] { "GET" }));
        });
    }

    private async Task AssertErrorAsync(string path, HttpStatusCode status, string expectedBody)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(expectedBody));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"));
        });
    }

    private async Task<JsonElement> GetDataAsync()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync(new Uri(InfoPath, UriKind.Relative)));
        return document.RootElement.GetProperty("data").Clone();
    }

    [GeneratedRegex("""
        ^\{"data":\{"directus":"[0-9.]+","server":\{"type":("[^"]+"|null),"rewrites":null,"os":("[A-Za-z]+"|null),"os_version":("[^"]*"|null)\},"php":\{"version":"\d+\.\d+\.\d+","max_upload_size":\d+,"extensions":\{"pdo":(true|false),"mysqli":(true|false),"curl":(true|false),"gd":(true|false),"fileinfo":(true|false),"mbstring":(true|false),"json":(true|false)\}\},"permissions":\{"public":"(0|[0-7]{4})","logs":"(0|[0-7]{4})","uploads":"(0|[0-7]{4})"\}\}\}$
        """)]
    private static partial Regex WireShape();
}
