using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using Directus.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Tests.Functional;

/// <summary>What the failed-token throttle counts as metrics, read from the app's own meter factory.</summary>
public sealed class TokenAttemptMetricsTests
{
    [Test]
    public async Task FailedTokens_AreCountedByRouteAndReason()
    {
        using var factory = new DirectusApiFactory().WithSetting("Directus:Metrics:Enabled", "true");
        using var client = factory.CreateClient();
        using var recorded = new RecordedMeasurements(factory.Services.GetRequiredService<IMeterFactory>());

        (await client.GetAsync(new Uri("/server/info?super_admin_token=wrong", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/server/info?super_admin_token=", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/server/info?super_admin_token=a&super_admin_token=b", UriKind.Relative))).Dispose();
        using (var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative)))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Metrics", "wrong");
            (await client.SendAsync(request)).Dispose();
        }

        (await client.GetAsync(new Uri("/server/health", UriKind.Relative))).Dispose(); // anonymous: no failure
        (await client.GetAsync(new Uri("/server/info?super_admin_token=" + DirectusApiFactory.Token, UriKind.Relative))).Dispose();

        var failures = recorded.Of("directus.token.failures")
            .Select(measurement => ((string?)measurement.Tags["http.route"], (string?)measurement.Tags["directus.token.failure.reason"]));
        Assert.That(failures, Is.EquivalentTo(new (string?, string?)[]
        {
            ("server/info", "wrong"), ("server/info", "blank"), ("server/info", "repeated"), ("metrics", "wrong"),
        }));
    }

    [Test]
    public async Task ThrottleRefusals_AreCountedByRoute()
    {
        using var factory = new DirectusApiFactory().WithSetting("Directus:Throttle:PermitLimit", "1");
        using var client = factory.CreateClient();
        using var recorded = new RecordedMeasurements(factory.Services.GetRequiredService<IMeterFactory>());

        (await client.GetAsync(new Uri("/server/info?super_admin_token=wrong", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/server/info?super_admin_token=wrong", UriKind.Relative))).Dispose();

        Assert.That(recorded.Of("directus.throttle.refusals").Select(measurement => measurement.Tags["http.route"]), Is.EqualTo(new[] { "server/info" }));
    }
}
