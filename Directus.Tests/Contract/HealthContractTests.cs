using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Directus.Tests.Contract;

[Category("Contract")]
public sealed partial class HealthContractTests : ContractTest
{
    private const string HealthJson = "application/health+json; charset=utf-8";
    private const string Blank = "{\"error\":{\"code\":4,\"message\":\"super_admin_token: This value should not be blank.\"}}";
    private const string Repeated = "{\"error\":{\"code\":4,\"message\":\"super_admin_token: This value should be a single value.\"}}";
    private const string Denied = "{\"error\":{\"code\":3,\"message\":\"Permission denied: Superadmin Only\"}}";

    private static readonly string[] ObservationMembers = ["componentType", "status", "observedValue", "observedUnit", "threshold", "output"];

    [TestCase("/server/health")]
    [TestCase("/SERVER/HEALTH/")]
    [TestCase("/server/health?other=ignored")]
    public async Task Health_WithoutToken_AnswersTheStatusAlone(string path)
    {
        using var response = await Client.GetAsync(Relative(path));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(body, Does.Match(AnonymousShape()));
            Assert.That(response.StatusCode, Is.EqualTo(ExpectedStatus(body)), "503 for error, 200 for ok and warn");
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo(HealthJson));
            Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("no-store"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        });
    }

    [Test]
    public async Task Health_WithRightToken_AddsReleaseServiceAndChecksInDirectus11Shape()
    {
        using var response = await Client.GetAsync(Relative("/server/health?super_admin_token=" + Escape(Token)));
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(ExpectedStatus(body)));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo(HealthJson));
            Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("no-store"));
            Assert.That(root.EnumerateObject().Select(member => member.Name), Is.EqualTo(new[] { "status", "releaseId", "serviceId", "checks" }));
            Assert.That(root.GetProperty("releaseId").GetString(), Is.Not.Empty);
            Assert.That(root.GetProperty("serviceId").GetString(), Is.Not.Empty);
        });

        var checks = root.GetProperty("checks").EnumerateObject().ToArray();
        Assert.That(checks, Is.Not.Empty, "at least the token configuration and the storage folders");
        var states = new List<string>();
        foreach (var check in checks)
        {
            Assert.That(check.Value.ValueKind, Is.EqualTo(JsonValueKind.Array), check.Name);
            foreach (var observation in check.Value.EnumerateArray())
            {
                var members = observation.EnumerateObject().Select(member => member.Name).ToArray();
                Assert.Multiple(() =>
                {
                    Assert.That(members.Take(4), Is.EqualTo(ObservationMembers.Take(4)), check.Name);
                    Assert.That(members, Is.SubsetOf(ObservationMembers), check.Name);
                    Assert.That(members.Select(name => Array.IndexOf(ObservationMembers, name)), Is.Ordered, $"{check.Name}: Directus 11's order");
                    Assert.That(observation.GetProperty("observedValue").ValueKind, Is.EqualTo(JsonValueKind.Number), check.Name);
                    Assert.That(observation.GetProperty("status").GetString(), Is.AnyOf("ok", "warn", "error"), check.Name);
                });
                states.Add(observation.GetProperty("status").GetString()!);
            }
        }

        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo(Worst(states)), "the server is as healthy as its least healthy check");
    }

    [TestCase("?super_admin_token=", Blank, TestName = "Health_WithEmptyToken_Returns422Code4Blank")]
    [TestCase("?super_admin_token", Blank, TestName = "Health_WithValuelessToken_Returns422Code4Blank")]
    [TestCase("?super_admin_token=%20%09", Blank, TestName = "Health_WithWhiteSpaceToken_Returns422Code4Blank")]
    [TestCase("?super_admin_token=a&super_admin_token=b", Repeated, TestName = "Health_WithRepeatedToken_Returns422Code4Single")]
    [TestCase("?super_admin_token=&super_admin_token=", Repeated, TestName = "Health_WithRepeatedBlankToken_Returns422Code4Single")]
    public async Task Health_WithInvalidToken_Returns422Code4(string query, string expectedBody)
    {
        await AssertErrorAsync("/server/health" + query, HttpStatusCode.UnprocessableEntity, expectedBody);
    }

    [TestCase(TokenVariant.Unrelated, TestName = "Health_WithWrongToken_Returns401Code3")]
    [TestCase(TokenVariant.OtherCase, TestName = "Health_WithTokenInOtherCase_Returns401Code3")]
    [TestCase(TokenVariant.Padded, TestName = "Health_WithPaddedToken_Returns401Code3")]
    public async Task Health_WithWrongToken_Returns401Code3(TokenVariant variant)
    {
        await AssertErrorAsync("/server/health?super_admin_token=" + Escape(TokenVariants.Of(Token, variant)), HttpStatusCode.Unauthorized, Denied);
    }

    [TestCase("/server/health")]
    [TestCase("/SERVER/HEALTH/")]
    public async Task Health_Head_AnswersTheStatusAndHeadersOfGetWithoutBody(string path)
    {
        using var get = await Client.GetAsync(Relative(path));
        using var head = await SendHeadAsync(path);

        Assert.Multiple(async () =>
        {
            Assert.That(head.StatusCode, Is.EqualTo(ExpectedStatus(await get.Content.ReadAsStringAsync())), "200 for ok and warn, 503 for error, as GET");
            Assert.That(head.Content.Headers.ContentType?.ToString(), Is.EqualTo(HealthJson));
            Assert.That(head.Headers.CacheControl?.ToString(), Is.EqualTo("no-store"));
            Assert.That(head.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(await head.Content.ReadAsByteArrayAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task Health_HeadWithRightToken_AnswersLikeGetWithoutBody()
    {
        using var head = await SendHeadAsync("/server/health?super_admin_token=" + Escape(Token));

        Assert.Multiple(async () =>
        {
            Assert.That(head.StatusCode, Is.AnyOf(HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable));
            Assert.That(head.Content.Headers.ContentType?.ToString(), Is.EqualTo(HealthJson));
            Assert.That(head.Headers.CacheControl?.ToString(), Is.EqualTo("no-store"));
            Assert.That(await head.Content.ReadAsByteArrayAsync(), Is.Empty);
        });
    }

    [TestCase("?super_admin_token=", HttpStatusCode.UnprocessableEntity, TestName = "Health_HeadWithEmptyToken_Returns422WithoutBody")]
    [TestCase("?super_admin_token=wrong", HttpStatusCode.Unauthorized, TestName = "Health_HeadWithWrongToken_Returns401WithoutBody")]
    public async Task Health_HeadWithBadToken_AnswersTheStatusOfGetWithoutBody(string query, HttpStatusCode status)
    {
        using var head = await SendHeadAsync("/server/health" + query);

        Assert.Multiple(async () =>
        {
            Assert.That(head.StatusCode, Is.EqualTo(status));
            Assert.That(head.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"));
            Assert.That(await head.Content.ReadAsByteArrayAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task Health_Post_Returns405Code6WithAllow()
    {
        using var response = await Client.PostAsync(Relative("/server/health"), null);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(response.Content.Headers.GetValues("Allow"), Is.EqualTo(new[] { "GET", "HEAD" }));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"error\":{\"code\":6,\"message\":\"Method Not Allowed\"}}"));
        });
    }

    private async Task<HttpResponseMessage> SendHeadAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, Relative(path));
        return await Client.SendAsync(request);
    }

    private async Task AssertErrorAsync(string path, HttpStatusCode status, string expectedBody)
    {
        using var response = await Client.GetAsync(Relative(path));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(expectedBody));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"));
        });
    }

    private static HttpStatusCode ExpectedStatus(string body) =>
        body.StartsWith("{\"status\":\"error\"", StringComparison.Ordinal) ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK;

    private static string Worst(IEnumerable<string> states)
    {
        var all = states.ToArray();
        return all.Contains("error") ? "error" : all.Contains("warn") ? "warn" : "ok";
    }

    [GeneratedRegex("""^\{"status":"(ok|warn|error)"\}$""")]
    private static partial Regex AnonymousShape();
}
