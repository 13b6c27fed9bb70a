using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>
/// One real server takes a battery of malformed and oversized requests over raw sockets. Each gets a 4xx: the
/// Directus envelope when it reaches the app, or Kestrel's own empty 4xx when it breaks HTTP itself. None gets a
/// 5xx or hangs (every exchange has a deadline), and the server answers ping afterwards. The throttle is off here:
/// the battery sends many wrong tokens, and the throttle has its own tests.
/// </summary>
[NonParallelizable]
public sealed class HostileInputEndToEndTests
{
    private const string Token = "hostile-battery-token";
    private const string WrongToken = "/server/info?super_admin_token=wrong";

    private static readonly TimeSpan HeadersTimeout = TimeSpan.FromSeconds(2);

    private static readonly byte[] BinaryBody = [.. Enumerable.Range(0, 4096).Select(value => (byte)(value * 7))];
    private static readonly byte[] BrokenJsonBody = Encoding.ASCII.GetBytes("{\"a\": [1, 2, {\"b\": ");
    private static readonly byte[] NestedBody = Encoding.ASCII.GetBytes(new string('[', 100_000) + new string(']', 100_000));

    private TempDirectory _workspace = null!;
    private ServerProcess _server = null!;

    /// <summary>What a case must get back.</summary>
    public enum Answer
    {
        /// <summary>The app's envelope <c>{"error":{"code":N,…}}</c> as application/json.</summary>
        Envelope,

        /// <summary>Kestrel's own answer to a protocol violation: the status and an empty body, before any app code runs.</summary>
        Kestrel,

        /// <summary>A normal 200 (the request was fine apart from a body the endpoint never reads).</summary>
        Data,
    }

    [OneTimeSetUp]
    public async Task Start()
    {
        _workspace = new TempDirectory();
        var environment = new Dictionary<string, string?> { ["DIRECTUS_SUPER_ADMIN_TOKEN"] = Token };
        // A short header timeout so the slow-headers case takes seconds, not the configured ten.
        _server = await ServerProcess.StartAsync(
            _workspace.Combine("storage"), environment, "--Directus:Throttle:Enabled=false", "--Kestrel:Limits:RequestHeadersTimeout=" + HeadersTimeout.ToString("c", CultureInfo.InvariantCulture));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _server.DisposeAsync();
        _workspace.Dispose();
    }

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Token7000Characters", Get("/server/info?super_admin_token=" + new string('a', 7000)), 401, Answer.Envelope, code: 3);
        yield return Case("TokenWithInvalidPercentEncoding", Get("/server/info?super_admin_token=%zz"), 401, Answer.Envelope, code: 3);
        yield return Case("TokenIsALonePercent", Get("/server/info?super_admin_token=%"), 401, Answer.Envelope, code: 3);
        yield return Case("TokenWithInvalidUtf8", Get("/server/info?super_admin_token=%ff%fe"), 401, Answer.Envelope, code: 3);
        yield return Case("TokenAsArrayKey", Get("/server/info?super_admin_token[]=x"), 422, Answer.Envelope, code: 4);
        yield return Case("NineHundredQueryParameters", Get("/server/info?" + string.Join('&', Enumerable.Range(0, 900).Select(index => $"p{index}=1")) + "&super_admin_token=wrong"), 401, Answer.Envelope, code: 3);
        yield return Case("EncodedNulInToken", Get("/server/info?super_admin_token=ab%00cd"), 401, Answer.Envelope, code: 3);
        yield return Case("RawNulInRequestLine", Get("/server/info?super_admin_token=ab\0cd"), 400, Answer.Kestrel);
        yield return Case("Path8000CharactersUnderTheLineLimit", Get("/" + new string('a', 8000)), 404, Answer.Envelope, code: 1);
        yield return Case("Path10000CharactersOverTheLineLimit", Get("/" + new string('a', 10_000)), 414, Answer.Kestrel);
        yield return Case("Path100000Characters", Get("/" + new string('a', 100_000)), 414, Answer.Kestrel);
        yield return Case("DotSegmentsResolveToInfo", Get("/server/../server/./info"), 422, Answer.Envelope, code: 4);
        yield return Case("NonAsciiBytesInPath", Request("GET", "/server/\u00e9\u00ff", body: null), 400, Answer.Kestrel);

        yield return Case("GetWithBinaryBody", Request("GET", WrongToken, BinaryBody), 401, Answer.Envelope, code: 3);
        yield return Case("GetWithBrokenJsonBody", Request("GET", WrongToken, BrokenJsonBody, "Content-Type: application/json"), 401, Answer.Envelope, code: 3);
        yield return Case("GetWithNestedBody", Request("GET", WrongToken, NestedBody, "Content-Type: application/json"), 401, Answer.Envelope, code: 3);
        yield return Case("GetWithNestedBodyAndTheRightToken", Request("GET", "/server/info?super_admin_token=" + Token, NestedBody, "Content-Type: application/json"), 200, Answer.Data);
        foreach (var method in new[] { "POST", "PUT", "PATCH", "DELETE" })
        {
            var name = method[0] + method[1..].ToLowerInvariant();
            yield return Case(name + "WithBinaryBody", Request(method, WrongToken, BinaryBody), 405, Answer.Envelope, code: 6);
            yield return Case(name + "WithBrokenJsonBody", Request(method, WrongToken, BrokenJsonBody, "Content-Type: application/json"), 405, Answer.Envelope, code: 6);
            yield return Case(name + "WithNestedBody", Request(method, WrongToken, NestedBody, "Content-Type: application/json"), 405, Answer.Envelope, code: 6);
        }

        yield return Case("PostWithNestedChunkedBody", Chunked("POST", "/server/info", NestedBody), 405, Answer.Envelope, code: 6);
        yield return Case("PostToPingWithNestedBody", Request("POST", "/server/ping", NestedBody, "Content-Type: application/json"), 405, Answer.Envelope, code: 6);
        yield return Case("PostToUnknownPathWithBody", Request("POST", "/nope", BrokenJsonBody), 404, Answer.Envelope, code: 1);
        yield return Case("PostDeclaringABodyOverTheLimit", Raw("POST /server/info HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 100000000\r\n\r\n"), 405, Answer.Envelope, code: 6);
        yield return Case("ContentLengthAndChunkedTogether", Raw("POST /server/info HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"), 405, Answer.Envelope, code: 6);
        yield return Case("InvalidContentLength", Raw("POST /server/info HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: abc\r\n\r\n"), 400, Answer.Kestrel);

        yield return Case("Options", Request("OPTIONS", "/server/info", body: null), 405, Answer.Envelope, code: 6);
        yield return Case("OptionsAsterisk", Request("OPTIONS", "*", body: null), 404, Answer.Envelope, code: 1);
        yield return Case("Trace", Request("TRACE", "/server/info", body: null), 405, Answer.Envelope, code: 6);
        yield return Case("TraceOnPing", Request("TRACE", "/server/ping", body: null), 405, Answer.Envelope, code: 6);
        yield return Case("Propfind", Request("PROPFIND", "/server/info", body: null), 405, Answer.Envelope, code: 6);
        yield return Case("MadeUpMethodFoo", Request("FOO", "/server/info", body: null), 405, Answer.Envelope, code: 6);
        yield return Case("Connect", Raw("CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: 127.0.0.1:80\r\nConnection: close\r\n\r\n"), 404, Answer.Envelope, code: 1);

        yield return Case("HeaderBlockOverTheLimit", Request("GET", "/server/ping", null, "X-Big: " + new string('a', 40_000)), 431, Answer.Kestrel);
        yield return Case("MoreHeadersThanTheLimit", Request("GET", "/server/ping", null, [.. Enumerable.Range(0, 150).Select(index => $"X-Header-{index}: 1")]), 431, Answer.Kestrel);
        yield return Case("HeaderLineWithoutColon", Request("GET", "/server/ping", null, "this is not a header"), 400, Answer.Kestrel);
        yield return Case("MissingHost", Raw("GET /server/ping HTTP/1.1\r\nConnection: close\r\n\r\n"), 400, Answer.Kestrel);
        yield return Case("NotHttpAtAll", [.. Enumerable.Range(0, 1024).Select(value => (byte)value)], 400, Answer.Kestrel);
        yield return Case("HugeForwardedFor", Request("GET", WrongToken, null, "X-Forwarded-For: " + string.Join(',', Enumerable.Repeat("192.0.2.1", 2500))), 401, Answer.Envelope, code: 3);
    }

    [Test]
    [Order(1)]
    [TestCaseSource(nameof(Cases))]
    public async Task HostileRequest_GetsA4xxAndNeverA5xx(byte[] request, int status, Answer answer, int? code)
    {
        var response = await RawHttp.SendAsync(_server.BaseAddress, request);

        AssertAnswer(response, status, answer, code);
    }

    /// <summary>A 408 at all shows that the header timeout ended the exchange (the test's own deadline would throw instead).</summary>
    [Test]
    [Order(1)]
    public async Task SlowHeaders_AreCutOffWithKestrels408()
    {
        var clock = Stopwatch.StartNew();

        var response = await RawHttp.SendAsync(_server.BaseAddress, "GET /server/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", TimeSpan.FromSeconds(60));

        Assert.Multiple(() =>
        {
            AssertAnswer(response, 408, Answer.Kestrel, code: null);
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(HeadersTimeout), "not before the configured header timeout");
        });
    }

    /// <summary>Not hostile input but worth pinning: the one 5xx Kestrel itself sends, for an HTTP version it does not speak (RFC 9110 §15.6.6).</summary>
    [Test]
    [Order(1)]
    public async Task UnknownHttpVersion_GetsKestrels505()
    {
        var response = await RawHttp.SendAsync(_server.BaseAddress, "GET /server/ping HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n");

        AssertAnswer(response, 505, Answer.Kestrel, code: null);
    }

    [Test]
    [Order(2)]
    public async Task AfterTheBattery_TheServerStillAnswersPing_AndLoggedNoFailure()
    {
        using var response = await _server.Client.GetAsync(new Uri("/server/ping", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(_server.HasExited, Is.False);
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("pong"));
            Assert.That(_server.Output, Does.Not.Contain("fail:").And.Not.Contain("crit:").And.Not.Contain("Unhandled"));
        });
    }

    private static void AssertAnswer(RawResponse response, int status, Answer answer, int? code)
    {
        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(status), response.Head);
            switch (answer)
            {
                case Answer.Envelope:
                    Assert.That(response.Header("Content-Type"), Is.EqualTo("application/json; charset=utf-8"));
                    using (var envelope = JsonDocument.Parse(response.Body))
                    {
                        var error = envelope.RootElement.GetProperty("error");
                        Assert.That(error.GetProperty("code").GetInt32(), Is.EqualTo(code));
                        Assert.That(error.GetProperty("message").GetString(), Is.Not.Empty);
                    }

                    break;
                case Answer.Kestrel:
                    Assert.That(response.Body, Is.Empty);
                    Assert.That(response.Header("Content-Length"), Is.EqualTo("0"));
                    break;
                case Answer.Data:
                    Assert.That(response.Body, Does.StartWith("{\"data\":"));
                    break;
            }
        });
    }

    private static TestCaseData Case(string name, byte[] request, int status, Answer answer, int? code = null) =>
        new TestCaseData(request, status, answer, code).SetName($"{name}_Gets{status}{(answer == Answer.Kestrel ? "FromKestrel" : code is { } c ? "Code" + c : "")}");

    private static byte[] Get(string target) => Request("GET", target, body: null);

    private static byte[] Raw(string request) => Encoding.Latin1.GetBytes(request);

    private static byte[] Request(string method, string target, byte[]? body, params string[] headers)
    {
        var head = new StringBuilder($"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        if (body is not null)
        {
            head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }

        return [.. Encoding.Latin1.GetBytes(head.Append("\r\n").ToString()), .. body ?? []];
    }

    private static byte[] Chunked(string method, string target, byte[] body) =>
    [
        .. Encoding.Latin1.GetBytes($"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n{body.Length:x}\r\n"),
        .. body,
        .. "\r\n0\r\n\r\n"u8,
    ];
}
