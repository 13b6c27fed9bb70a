using System.Globalization;
using System.Net;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>The throttle on real Kestrel, where the client address is the real connection's.</summary>
public sealed class FailedTokenThrottleEndToEndTests
{
    private const string Token = "e2e-throttle-token";

    [Test]
    public async Task Info_AfterTenFailuresFromThisAddress_Returns429WithRetryAfter_WhateverTheForwardedHeaderClaims()
    {
        using var workspace = new TempDirectory();
        var environment = new Dictionary<string, string?> { ["DIRECTUS_SUPER_ADMIN_TOKEN"] = Token };
        await using var server = await ServerProcess.StartAsync(workspace.Combine("storage"), environment);

        var failures = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var failed = await GetAsync(server, "/server/info?super_admin_token=wrong-" + attempt, forwardedFor: $"192.0.2.{attempt}");
            failures.Add(failed.StatusCode);
        }

        using var throttled = await GetAsync(server, "/server/info?super_admin_token=" + Token, forwardedFor: "192.0.2.200");
        using var ping = await GetAsync(server, "/server/ping");
        var loggedOnce = await server.WaitForOutputAsync("Client 127.0.0.1 failed the token 10 times");

        Assert.Multiple(async () =>
        {
            Assert.That(failures, Is.All.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(throttled.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(await throttled.Content.ReadAsStringAsync(), Is.EqualTo("{\"error\":{\"code\":7,\"message\":\"Too Many Requests\"}}"));
            Assert.That(int.Parse(throttled.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), Is.InRange(1, 60));
            Assert.That(ping.StatusCode, Is.EqualTo(HttpStatusCode.OK), "ping is never throttled");
            Assert.That(loggedOnce, Is.True, server.Output);
        });
    }

    private static async Task<HttpResponseMessage> GetAsync(ServerProcess server, string path, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await server.Client.SendAsync(request);
    }
}
