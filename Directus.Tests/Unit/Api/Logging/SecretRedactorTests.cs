using Directus.Api.Logging;

namespace Directus.Tests.Unit.Api.Logging;

public sealed class SecretRedactorTests
{
    [TestCase("super_admin_token=s3cret", "super_admin_token=***", TestName = "Redact_KeyAtTheStart")]
    [TestCase("?super_admin_token=s3cret", "?super_admin_token=***", TestName = "Redact_WholeQuery")]
    [TestCase("?a=1&super_admin_token=s3cret&b=2", "?a=1&super_admin_token=***&b=2", TestName = "Redact_KeyInTheMiddle")]
    [TestCase("?a=1&super_admin_token=s3cret", "?a=1&super_admin_token=***", TestName = "Redact_KeyAtTheEnd")]
    [TestCase("?super_admin_token=one&super_admin_token=two", "?super_admin_token=***&super_admin_token=***", TestName = "Redact_RepeatedKey")]
    [TestCase("?SUPER_ADMIN_TOKEN=s3cret", "?SUPER_ADMIN_TOKEN=***", TestName = "Redact_UpperCaseKey")]
    [TestCase("?Super_Admin_Token=s3cret", "?Super_Admin_Token=***", TestName = "Redact_MixedCaseKey")]
    [TestCase("?super%5Fadmin%5Ftoken=s3cret", "?super%5Fadmin%5Ftoken=***", TestName = "Redact_PercentEncodedUnderscores")]
    [TestCase("?super%5fadmin_token=s3cret", "?super%5fadmin_token=***", TestName = "Redact_LowerCaseHexEscape")]
    [TestCase("?%73%75%70%65%72_admin_token=s3cret", "?%73%75%70%65%72_admin_token=***", TestName = "Redact_EncodedLetters")]
    [TestCase("?%53UPER_admin_token=s3cret", "?%53UPER_admin_token=***", TestName = "Redact_EncodedUpperCaseFirstLetter")]
    [TestCase("?super_admin_token[]=s3cret", "?super_admin_token[]=***", TestName = "Redact_ArraySuffix")]
    [TestCase("?super_admin_token=%00s3%ffcret%zz", "?super_admin_token=***", TestName = "Redact_EncodedBytesInTheValue")]
    [TestCase("?super_admin_token=s3cret#fragment", "?super_admin_token=***#fragment", TestName = "Redact_StopsAtFragment")]
    [TestCase(
        "Request starting HTTP/1.1 GET http://127.0.0.1:5000/server/info?super_admin_token=s3cret - - -",
        "Request starting HTTP/1.1 GET http://127.0.0.1:5000/server/info?super_admin_token=*** - - -",
        TestName = "Redact_HostingRequestLine")]
    [TestCase("QueryString: ?super_admin_token=s3cret\nPath: /server/info", "QueryString: ?super_admin_token=***\nPath: /server/info", TestName = "Redact_StopsAtLineBreak")]
    [TestCase(@"Invalid request line: 'GET /server/info?super_admin_token=s3cret\x00 HTTP/1.1\x0D\x0A'", @"Invalid request line: 'GET /server/info?super_admin_token=*** HTTP/1.1\x0D\x0A'", TestName = "Redact_KestrelEscapedRequestLine")]
    [TestCase("ssuper_admin_token=s3cret", "ssuper_admin_token=***", TestName = "Redact_KeyAfterAnS")]
    [TestCase("Authorization: Bearer s3cret", "Authorization: Bearer ***", TestName = "Redact_BearerHeader")]
    [TestCase("authorization:Metrics s3cret\nAccept: */*", "authorization:Metrics ***\nAccept: */*", TestName = "Redact_HeaderInAnyCase_StopsAtLineBreak")]
    [TestCase("Authorization: s3cret", "Authorization: ***", TestName = "Redact_HeaderWithoutScheme")]
    [TestCase(@"Invalid request header: 'Authorization: Bearer s3cret\x00'", "Invalid request header: 'Authorization: Bearer ***'", TestName = "Redact_KestrelEscapedHeaderLine")]
    public void Redact_MasksTheValue(string text, string expected)
    {
        Assert.That(SecretRedactor.Redact(text), Is.EqualTo(expected));
    }

    [TestCase("?super_admin_token=", TestName = "Redact_EmptyValue_IsLeftEmpty")]
    [TestCase("?super_admin_token", TestName = "Redact_NoValue_IsLeftAlone")]
    [TestCase("super_admin_token: This value should not be blank.", TestName = "Redact_ValidationMessage_IsLeftAlone")]
    [TestCase("?super_admin_tok=s3cret", TestName = "Redact_ShorterKey_IsLeftAlone")]
    [TestCase("?token=s3cret&other=1", TestName = "Redact_OtherKeys_AreLeftAlone")]
    [TestCase("?super_admin_token%3Ds3cret", TestName = "Redact_EncodedEqualsSign_IsNotASeparator")]
    [TestCase("%", TestName = "Redact_LonePercent_IsLeftAlone")]
    [TestCase("", TestName = "Redact_EmptyText_IsLeftAlone")]
    public void Redact_WithoutAValue_ReturnsTheTextUnchanged(string text)
    {
        Assert.That(SecretRedactor.Redact(text), Is.SameAs(text));
    }

    [Test]
    public void RedactValues_AnAuthorizationValue_IsMaskedWhole()
    {
        KeyValuePair<string, object?>[] state = [new("authorization", "Bearer s3cret"), new("Accept", "*/*")];

        var masked = SecretRedactor.RedactValues(state);

        Assert.That(masked, Is.EqualTo(new KeyValuePair<string, object?>[] { new("authorization", SecretRedactor.Mask), new("Accept", "*/*") }));
    }
}
