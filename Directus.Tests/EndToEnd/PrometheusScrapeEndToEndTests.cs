using System.Net;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>A real Prometheus, run with the shipped deploy/prometheus/prometheus.yml, scrapes the real server.</summary>
public sealed class PrometheusScrapeEndToEndTests
{
    private const string ScrapeToken = "e2e-prometheus-scrape-token";
    private const int FailedAttempts = 5; // below the throttle's 10, which would refuse Prometheus too (same address)

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Test]
    public async Task Prometheus_WithTheShippedConfiguration_ScrapesTheServerAndSeesTheFailedAttempts()
    {
        using var workspace = new TempDirectory();
        await using var server = await ServerProcess.StartAsync(workspace.Combine("storage"), new Dictionary<string, string?>
        {
            ["Directus__Metrics__Enabled"] = "true",
            ["Directus__Metrics__Tokens"] = ScrapeToken,
        });
        var configFile = await WriteShippedConfigurationAsync(workspace, server.BaseAddress);
        var (configExit, configOutput) = await Promtool.CheckConfigAsync(configFile);
        Assert.That(configExit, Is.Zero, configOutput);

        for (var attempt = 0; attempt < FailedAttempts; attempt++)
        {
            using var failed = await server.Client.GetAsync(new Uri("/server/info?super_admin_token=wrong-" + attempt, UriKind.Relative));
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        await using var prometheus = await PrometheusServer.StartAsync(configFile, workspace.Path);
        const string Failures = """sum(directus_token_failures_total{job="directus",http_route="server/info",directus_token_failure_reason="wrong"})""";
        var seen = await PollAsync(async () =>
            (await prometheus.QueryAsync("""up{job="directus"}""")) is [{ Value: 1 }]
            && (await prometheus.QueryAsync(Failures)) is [{ Value: >= FailedAttempts }]);

        var up = await prometheus.QueryTextAsync("""up{job="directus"}""");
        var failures = await prometheus.QueryTextAsync(Failures);
        TestContext.Out.WriteLine($"up: {up}\nfailures: {failures}");
        Assert.That(seen, Is.True, $"within {Deadline}: up {up}, failures {failures}\nprometheus:\n{prometheus.Output}\nserver:\n{server.Output}");
    }

    /// <summary>
    /// The shipped file with only its target, its credentials file and its scrape interval replaced; each must be found,
    /// so the file cannot drift away from what this test runs.
    /// </summary>
    private static async Task<string> WriteShippedConfigurationAsync(TempDirectory workspace, Uri server)
    {
        var credentials = workspace.Combine("directus-metrics-token");
        await File.WriteAllTextAsync(credentials, ScrapeToken + "\n");
        var shipped = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "deploy", "prometheus", "prometheus.yml"));
        var configuration = Replace(shipped, "127.0.0.1:8055", server.Authority);
        configuration = Replace(configuration, "/etc/prometheus/directus-metrics-token", credentials);
        configuration = Replace(configuration, "scrape_interval: 15s", "scrape_interval: 1s");
        configuration = Replace(configuration, "scrape_timeout: 10s", "scrape_timeout: 1s");
        var file = workspace.Combine("prometheus.yml");
        await File.WriteAllTextAsync(file, configuration);
        return file;
    }

    private static string Replace(string text, string shipped, string local)
    {
        Assert.That(text, Does.Contain(shipped), "the shipped deploy/prometheus/prometheus.yml changed");
        return text.Replace(shipped, local, StringComparison.Ordinal);
    }

    private static async Task<bool> PollAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(500);
        }

        return false;
    }
}
