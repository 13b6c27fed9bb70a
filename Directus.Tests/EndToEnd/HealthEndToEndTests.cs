using System.Net;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>Health on real Kestrel, through a real shutdown (SIGTERM).</summary>
public sealed class HealthEndToEndTests
{
    private static readonly Uri Health = new("/server/health", UriKind.Relative);

    private TempDirectory _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new TempDirectory();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    /// <summary>
    /// The drain window is the one span this test cannot wait out on a condition: it is as long as a busy machine
    /// could plausibly keep the test from asking (the host's shutdown timeout is raised so that it does not cut it short).
    /// </summary>
    [Test]
    public async Task Health_AfterSigterm_Returns503ErrorWhileDraining_ThenTheServerExitsCleanly()
    {
        await using var server = await ServerProcess.StartAsync(
            _workspace.Combine("storage"), null, "--Directus:Health:ShutdownDelay=00:00:05", "--ShutdownTimeoutSeconds=10");
        using var before = await server.Client.GetAsync(Health);
        var beforeBody = await before.Content.ReadAsStringAsync();
        using var headBefore = await HeadAsync(server.Client);

        server.Signal("TERM");
        var (duringStatus, duringBody) = await PollUntilErrorAsync(server.Client);
        using var headDuring = await HeadAsync(server.Client);
        var exitCode = await server.StopAsync(TimeSpan.FromSeconds(60));

        Assert.Multiple(() =>
        {
            Assert.That((before.StatusCode, beforeBody), Is.EqualTo((HttpStatusCode.OK, "{\"status\":\"ok\"}")));
            Assert.That(before.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/health+json; charset=utf-8"));
            Assert.That(headBefore.StatusCode, Is.EqualTo(HttpStatusCode.OK), "load balancers probe with HEAD");
            Assert.That(headBefore.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/health+json; charset=utf-8"));
            Assert.That((duringStatus, duringBody), Is.EqualTo((HttpStatusCode.ServiceUnavailable, "{\"status\":\"error\"}")));
            Assert.That(headDuring.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "HEAD drains the instance too");
            Assert.That(exitCode, Is.EqualTo(0));
            Assert.That(server.Output, Does.Contain("Shutting down: health reports error"));
        });
    }

    [Test]
    public async Task ShutdownDelay_LongerThanShutdownTimeoutSeconds_IsHonouredInFull()
    {
        // Before the fix the host gave up after ShutdownTimeoutSeconds (1 s), whatever the delay said.
        var delay = TimeSpan.FromSeconds(6);
        await using var server = await ServerProcess.StartAsync(
            _workspace.Combine("storage"), arguments: ["--Directus:Health:ShutdownDelay=00:00:06", "--ShutdownTimeoutSeconds=1"]);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        server.Signal("TERM");
        await PollUntilErrorAsync(server.Client);
        var wellPastTheTimeout = TimeSpan.FromSeconds(3) - clock.Elapsed;
        if (wellPastTheTimeout > TimeSpan.Zero)
        {
            await Task.Delay(wellPastTheTimeout);
        }

        using var late = await server.Client.GetAsync(Health);
        var exitCode = await server.StopAsync(TimeSpan.FromSeconds(60));

        Assert.Multiple(() =>
        {
            Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "still answering three seconds into a six-second delay");
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(delay), "exited before the delay it announced was over");
            Assert.That(exitCode, Is.EqualTo(0));
        });
    }

    private static async Task<HttpResponseMessage> HeadAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, Health);
        return await client.SendAsync(request);
    }

    /// <summary>Asks until health stops reporting ok, or the server stops answering (the window was missed), or a minute has passed.</summary>
    private static async Task<(HttpStatusCode, string)> PollUntilErrorAsync(HttpClient client)
    {
        var giveUpAt = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        (HttpStatusCode StatusCode, string Body) last = (HttpStatusCode.OK, "(not asked)");
        while (DateTime.UtcNow < giveUpAt)
        {
            try
            {
                using var response = await client.GetAsync(Health);
                last = (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (HttpRequestException gone)
            {
                return (default, $"(no answer while draining: {gone.Message})");
            }

            if (last.StatusCode != HttpStatusCode.OK)
            {
                break;
            }

            await Task.Delay(25);
        }

        return last;
    }
}
