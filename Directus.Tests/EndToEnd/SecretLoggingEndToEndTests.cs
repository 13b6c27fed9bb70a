using System.Net;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>
/// The real server with every category at Trace and HTTP logging on: no token value sent in any of the ways a
/// client can send one reaches the output, while the request lines themselves do, masked.
/// </summary>
public sealed class SecretLoggingEndToEndTests
{
    private const string RightToken = "RightTokenValue-7f3a9c";
    private const string WrongToken = "WrongTokenValue-51be02";
    private const string RepeatedFirst = "RepeatedFirstValue-0a1b";
    private const string RepeatedSecond = "RepeatedSecondValue-2c3d";
    private const string EncodedKeyToken = "EncodedKeyValue-9e8f";
    private const string UpperCaseKeyToken = "UpperCaseKeyValue-7d6c";
    private const string RejectedLineToken = "RejectedLineValue-5b4a";
    private const string UserAgentToken = "UserAgentValue-3f2e";
    private const string WrongBearerToken = "WrongBearerValue-8a7b";
    private const string RejectedHeaderToken = "RejectedHeaderValue-6c5d";

    private static readonly string[] SimpleExpectations =
    [
        "Request starting HTTP/1.1 GET http://127.0.0.1:",
        "/server/info?super_admin_token=***&super_admin_token=*** - - -",
        "QueryString: ?super_admin_token=***",
        "User-Agent: probe/1.0 super_admin_token=***",
        "bad request data: \"Invalid request line: 'GET /server/info?super_admin_token=***",
        "trce: ",
    ];

    // The JSON formatter escapes quotes and ampersands; the state values are written as properties of their own.
    private static readonly string[] JsonExpectations =
    [
        "\"QueryString\":\"?super_admin_token=***\"",
        "\"QueryString\":\"?super_admin_token=***\\u0026super_admin_token=***\"",
        "\"User-Agent\":\"probe/1.0 super_admin_token=***\"",
        "Invalid request line: \\u0027GET /server/info?super_admin_token=***",
        "\"LogLevel\":\"Trace\"",
    ];

    [TestCase("simple", TestName = "TraceLogsAndHttpLogging_NeverShowATokenValue_ButShowTheMaskedRequestLines")]
    [TestCase("json", TestName = "JsonConsoleLogs_NeverShowATokenValue_InMessagesOrState")]
    public async Task Logs_NeverShowATokenValue(string formatter)
    {
        using var workspace = new TempDirectory();
        var environment = new Dictionary<string, string?> { ["DIRECTUS_SUPER_ADMIN_TOKEN"] = RightToken };
        // Default=Trace alone leaves the more specific Microsoft.AspNetCore rule of appsettings.json in force.
        await using var server = await ServerProcess.StartAsync(
            workspace.Combine("storage"),
            environment,
            "--Logging:LogLevel:Default=Trace",
            "--Logging:LogLevel:Microsoft.AspNetCore=Trace",
            "--Logging:LogLevel:Microsoft.AspNetCore.HttpLogging=Trace",
            "--Directus:HttpLogging:Enabled=true",
            "--Directus:HttpLogging:RequestHeaders:0=Authorization", // an operator asking for it still gets no credentials
            "--Logging:Console:FormatterName=" + formatter,
            "--Logging:Console:FormatterOptions:IncludeScopes=true");

        var statuses = new List<HttpStatusCode>();
        foreach (var query in new[]
                 {
                     "super_admin_token=" + RightToken,
                     "super_admin_token=" + WrongToken,
                     "super_admin_token=" + WrongToken,
                     $"super_admin_token={RepeatedFirst}&super_admin_token={RepeatedSecond}",
                     "SUPER_ADMIN_TOKEN=" + UpperCaseKeyToken,
                 })
        {
            using var response = await server.Client.GetAsync(new Uri("/server/info?" + query, UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        using (var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/server/info", UriKind.Relative)))
        {
            request.Headers.TryAddWithoutValidation("User-Agent", "probe/1.0 super_admin_token=" + UserAgentToken);
            using var response = await server.Client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        foreach (var bearer in new[] { RightToken, WrongBearerToken })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/server/info", UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
            using var response = await server.Client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        // HttpClient's Uri would decode %5F back to "_": send the encoded key as is.
        var encodedKey = await RawHttp.SendAsync(server.BaseAddress, $"GET /server/info?super%5Fadmin%5Ftoken={EncodedKeyToken} HTTP/1.1\r\nHost: {server.BaseAddress.Authority}\r\nConnection: close\r\n\r\n");
        var rejected = await RawHttp.SendAsync(server.BaseAddress, $"GET /server/info?super_admin_token={RejectedLineToken}\0 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        var rejectedHeader = await RawHttp.SendAsync(server.BaseAddress, $"GET /server/info HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {RejectedHeaderToken}\0\r\n\r\n");
        var exitCode = await server.StopAsync(TimeSpan.FromSeconds(10));
        var output = server.Output;

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.EqualTo(new[]
            {
                HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.UnprocessableEntity,
                HttpStatusCode.Unauthorized, HttpStatusCode.UnprocessableEntity, HttpStatusCode.OK, HttpStatusCode.Unauthorized,
            }));
            Assert.That(encodedKey.Status, Is.EqualTo(401), "the encoded key is the token parameter");
            Assert.That(rejected.Status, Is.EqualTo(400), "Kestrel rejects the NUL byte itself");
            Assert.That(rejectedHeader.Status, Is.EqualTo(400), "Kestrel rejects the NUL byte in a header too");
            Assert.That(exitCode, Is.Zero);
            foreach (var secret in new[] { RightToken, WrongToken, RepeatedFirst, RepeatedSecond, EncodedKeyToken, UpperCaseKeyToken, RejectedLineToken, UserAgentToken, WrongBearerToken, RejectedHeaderToken })
            {
                Assert.That(output, Does.Not.Contain(secret), $"{secret} was logged");
            }

            Assert.That(output, Does.Contain($"Request starting HTTP/1.1 GET {server.BaseAddress}server/info?super_admin_token=*** - - -"));
            Assert.That(output, Does.Contain($"Request starting HTTP/1.1 GET {server.BaseAddress}server/info?super%5Fadmin%5Ftoken=*** - - -"));
            foreach (var expected in formatter == "json" ? JsonExpectations : SimpleExpectations)
            {
                Assert.That(output, Does.Contain(expected));
            }
        });
    }
}
