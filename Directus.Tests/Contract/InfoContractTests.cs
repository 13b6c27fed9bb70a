using System.Net;
using System.Text.RegularExpressions;

namespace Directus.Tests.Contract;

[Category("Contract")]
public sealed partial class InfoContractTests : ContractTest
{
    private const string Blank = "{\"error\":{\"code\":4,\"message\":\"super_admin_token: This value should not be blank.\"}}";
    private const string Repeated = "{\"error\":{\"code\":4,\"message\":\"super_admin_token: This value should be a single value.\"}}";
    private const string Denied = "{\"error\":{\"code\":3,\"message\":\"Permission denied: Superadmin Only\"}}";

    /// <summary>Stands for the server's real token in a test case's query.</summary>
    private const string RightToken = "{token}";

    [Test]
    public async Task Info_WithRightToken_AnswersTheV8ShapeInContractOrder()
    {
        using var response = await Client.GetAsync(Relative("/server/info?super_admin_token=" + Escape(Token)));
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

    [TestCase("/server/info", Blank, TestName = "Info_WithoutToken_Returns422Code4Blank")]
    [TestCase("/server/info?super_admin_token=", Blank, TestName = "Info_WithEmptyToken_Returns422Code4Blank")]
    [TestCase("/server/info?super_admin_token", Blank, TestName = "Info_WithValuelessToken_Returns422Code4Blank")]
    [TestCase("/server/info?super_admin_token=%20%09", Blank, TestName = "Info_WithWhiteSpaceToken_Returns422Code4Blank")]
    [TestCase("/server/info?super_admin_token=a&super_admin_token=b", Repeated, TestName = "Info_WithRepeatedToken_Returns422Code4Single")]
    [TestCase("/server/info?super_admin_token=" + RightToken + "&super_admin_token=" + RightToken, Repeated, TestName = "Info_WithRightTokenTwice_Returns422Code4Single")]
    public async Task Info_WithInvalidToken_Returns422Code4(string path, string expectedBody)
    {
        await AssertErrorAsync(path.Replace(RightToken, Escape(Token), StringComparison.Ordinal), HttpStatusCode.UnprocessableEntity, expectedBody);
    }

    [TestCase(TokenVariant.Unrelated, TestName = "Info_WithWrongToken_Returns401Code3")]
    [TestCase(TokenVariant.OtherCase, TestName = "Info_WithTokenInOtherCase_Returns401Code3")]
    [TestCase(TokenVariant.Padded, TestName = "Info_WithPaddedToken_Returns401Code3")]
    [TestCase(TokenVariant.Prefix, TestName = "Info_WithTokenPrefix_Returns401Code3")]
    public async Task Info_WithWrongToken_Returns401Code3(TokenVariant variant)
    {
        await AssertErrorAsync("/server/info?super_admin_token=" + Escape(TokenVariants.Of(Token, variant)), HttpStatusCode.Unauthorized, Denied);
    }

    [Test]
    public async Task Info_Post_Returns405Code6WithAllow()
    {
        using var response = await Client.PostAsync(Relative("/server/info?super_admin_token=" + Escape(Token)), null);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(response.Content.Headers.GetValues("Allow"), Is.EqualTo(new[] { "GET" }));
        });
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

    [GeneratedRegex("""
        ^\{"data":\{"directus":"[0-9.]+","server":\{"type":("[^"]+"|null),"rewrites":null,"os":("[A-Za-z]+"|null),"os_version":("[^"]*"|null)\},"php":\{"version":"\d+\.\d+\.\d+","max_upload_size":\d+,"extensions":\{"pdo":(true|false),"mysqli":(true|false),"curl":(true|false),"gd":(true|false),"fileinfo":(true|false),"mbstring":(true|false),"json":(true|false)\}\},"permissions":\{"public":"(0|[0-7]{4})","logs":"(0|[0-7]{4})","uploads":"(0|[0-7]{4})"\}\}\}$
        """)]
    private static partial Regex WireShape();
}
