using System.Net;

namespace Directus.Tests.Contract;

/// <summary>The token as <c>Authorization: Bearer</c> (contract §5): the same rules as the query parameter.</summary>
[Category("Contract")]
public sealed class BearerTokenContractTests : ContractTest
{
    private const string Blank = "{\"error\":{\"code\":4,\"message\":\"super_admin_token: This value should not be blank.\"}}";
    private const string Repeated = "{\"error\":{\"code\":4,\"message\":\"super_admin_token: This value should be a single value.\"}}";
    private const string Denied = "{\"error\":{\"code\":3,\"message\":\"Permission denied: Superadmin Only\"}}";

    [Test]
    public async Task Info_WithRightBearer_Returns200()
    {
        using var response = await SendAsync("/server/info", "Bearer " + Token);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("{\"data\":{\"directus\":"));
        });
    }

    [Test]
    public async Task Health_WithRightBearer_AnswersTheDetailedHealth()
    {
        using var response = await SendAsync("/server/health", "Bearer " + Token);

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"checks\":{"));
    }

    [TestCase("/server/info", TestName = "Info_WithWrongBearer_Returns401Code3")]
    [TestCase("/server/health", TestName = "Health_WithWrongBearer_Returns401Code3")]
    public async Task WrongBearer_Returns401Code3(string path)
    {
        await AssertErrorAsync(path, [TokenVariants.Of(Token, TokenVariant.Unrelated)], HttpStatusCode.Unauthorized, Denied, asBearer: true);
    }

    [TestCase("Bearer", TestName = "Info_WithBearerAndNothingAfterIt_Returns422Code4Blank")]
    [TestCase("Bearer    ", TestName = "Info_WithBearerAndOnlySpaces_Returns422Code4Blank")]
    [TestCase("Basic dXNlcjpwYXNz", TestName = "Info_WithBasicSchemeOnly_Returns422Code4Blank")]
    public async Task Info_WithNoUsableBearer_Returns422Code4Blank(string authorization)
    {
        using var response = await SendAsync("/server/info", authorization);

        Assert.That((response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.UnprocessableEntity, Blank)));
    }

    [Test]
    public async Task Info_WithTokenInQueryAndBearer_Returns422Code4Single()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Relative("/server/info?super_admin_token=" + Escape(Token)));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Token);
        using var response = await Client.SendAsync(request);

        Assert.That((response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.UnprocessableEntity, Repeated)));
    }

    [Test]
    public async Task Info_WithBearerHeaderTwice_Returns422Code4Single()
    {
        await AssertErrorAsync("/server/info", [Token, Token], HttpStatusCode.UnprocessableEntity, Repeated, asBearer: true);
    }

    [Test]
    public async Task Health_WithBasicSchemeOnly_IsTheAnonymousAnswer()
    {
        using var response = await SendAsync("/server/health", "Basic dXNlcjpwYXNz");

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Match("^\\{\"status\":\"(ok|warn|error)\"\\}$"));
    }

    [Test]
    public async Task SpecsOas_AnswersTheSameDocumentAsOpenApiV1()
    {
        using var directus = await Client.GetAsync(Relative("/server/specs/oas"));
        using var framework = await Client.GetAsync(Relative("/openapi/v1.json"));
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Relative("/server/specs/oas")));

        Assert.Multiple(async () =>
        {
            Assert.That(directus.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(directus.Content.Headers.ContentType, Is.EqualTo(framework.Content.Headers.ContentType));
            Assert.That(await directus.Content.ReadAsStringAsync(), Is.EqualTo(await framework.Content.ReadAsStringAsync()).And.Contain("\"openapi\""));
            Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await head.Content.ReadAsByteArrayAsync(), Is.Empty);
        });
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Relative(path));
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await Client.SendAsync(request);
    }

    private async Task AssertErrorAsync(string path, string[] tokens, HttpStatusCode status, string body, bool asBearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Relative(path));
        foreach (var token in tokens)
        {
            request.Headers.TryAddWithoutValidation("Authorization", (asBearer ? "Bearer " : string.Empty) + token);
        }

        using var response = await Client.SendAsync(request);
        Assert.That((response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((status, body)));
    }
}
