using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>The standard OTEL_* variables turn on OTLP export of traces, metrics and logs, and no token travels with them.</summary>
public sealed class OtlpExportEndToEndTests
{
    private const string Token = "e2e-otlp-secret-token-7f3a";
    private const string WrongToken = "e2e-otlp-wrong-token-91c2";

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Test]
    public async Task OtlpEndpointSet_ExportsASpanForServerInfo_AndNoTokenInAnySignal()
    {
        using var receiver = new OtlpReceiver();
        using var workspace = new TempDirectory();
        await using var server = await ServerProcess.StartAsync(workspace.Combine("storage"), new Dictionary<string, string?>
        {
            ["DIRECTUS_SUPER_ADMIN_TOKEN"] = Token,
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            // The instrumentation's own query redaction switched off: the server's masking must still hold.
            ["OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_DISABLE_URL_QUERY_REDACTION"] = "true",
            // HTTP logging writes the query and the headers: its lines must reach the log export masked too.
            ["Directus__HttpLogging__Enabled"] = "true",
            ["Directus__HttpLogging__RequestHeaders__0"] = "Authorization",
        });

        using (var inQuery = await server.Client.GetAsync(new Uri("/server/info?super_admin_token=" + Token, UriKind.Relative)))
        {
            Assert.That(inQuery.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using (var asBearer = new HttpRequestMessage(HttpMethod.Get, new Uri("/server/info", UriKind.Relative)))
        {
            asBearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            using var answered = await server.Client.SendAsync(asBearer);
            Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using (var wrong = await server.Client.GetAsync(new Uri("/server/info?super_admin_token=" + WrongToken, UriKind.Relative)))
        {
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        var exported = await PollAsync(() =>
            receiver.Bodies("traces").Any(body => Holds(body, "GET server/info"))
            && receiver.Bodies("metrics").Any(body => Holds(body, "http.server.request.duration"))
            && receiver.Bodies("logs").Any(body => Holds(body, "Authorization: Bearer ***"))
            && receiver.Bodies("logs").Any(body => Holds(body, "super_admin_token=***")));

        // The poll waited for the logged query and header to reach the export masked, so the check below covers logs too.
        var everything = receiver.Bodies();
        Assert.Multiple(() =>
        {
            Assert.That(exported, Is.True, $"traces {receiver.Bodies("traces").Count}, metrics {receiver.Bodies("metrics").Count}, logs {receiver.Bodies("logs").Count} exports within {Deadline}\n{server.Output}");
            Assert.That(receiver.Bodies("traces").Any(body => Holds(body, "server/info") && Holds(body, "http.route")), Is.True, "the span carries its route");
            Assert.That(everything.Count(body => Holds(body, Token) || Holds(body, WrongToken)), Is.Zero, "no token in any exported attribute, span, metric or log");
            Assert.That(receiver.Bodies("traces").Count(body => Holds(body, "Bearer") || Holds(body, "authorization")), Is.Zero, "spans never record the Authorization header");
        });
    }

    private static bool Holds(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private static async Task<bool> PollAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return condition();
    }
}
