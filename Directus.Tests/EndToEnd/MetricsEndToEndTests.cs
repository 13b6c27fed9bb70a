using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary><c>/metrics</c> on the real server, configured as an operator would (environment variables), checked with promtool.</summary>
public sealed class MetricsEndToEndTests
{
    private const string AdminToken = "e2e-metrics-admin-token";
    private const string ScrapeToken = "e2e-scrape-token";

    private TempDirectory _workspace = null!;
    private ServerProcess _server = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _workspace = new TempDirectory();
        _server = await ServerProcess.StartAsync(_workspace.Combine("storage"), new Dictionary<string, string?>
        {
            ["DIRECTUS_SUPER_ADMIN_TOKEN"] = AdminToken,
            ["Directus__Metrics__Enabled"] = "true",
            ["Directus__Metrics__Tokens"] = "another-scrape-token," + ScrapeToken,
        });
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        await _server.DisposeAsync();
        _workspace.Dispose();
    }

    [Test]
    public async Task Exposition_IsAcceptedByPromtoolCheckMetrics()
    {
        await MakeTrafficAsync();

        var exposition = await ScrapeAsync();
        var (exitCode, output) = await Promtool.CheckMetricsAsync(exposition);

        Assert.That(exitCode, Is.Zero, $"promtool said:\n{output}\nfor:\n{exposition}");
    }

    [Test]
    public async Task Exposition_HoldsTheFrameworksAndTheServersOwnSeries()
    {
        await MakeTrafficAsync();

        var exposition = await ScrapeAsync();

        Assert.Multiple(() =>
        {
            Assert.That(exposition, Does.Contain("http_server_request_duration_seconds_count{").And.Contain("http_route=\"server/info\""));
            Assert.That(exposition, Does.Contain("http_response_status_code=\"401\""));
            Assert.That(exposition, Does.Contain("kestrel_active_connections"));
            Assert.That(exposition, Does.Contain("dotnet_gc_collections_total"));
            Assert.That(exposition, Does.Contain("dotnet_thread_pool_thread_count"));
            Assert.That(exposition, Does.Contain("dotnet_process_memory_working_set_bytes"));
            Assert.That(exposition, Does.Contain("dotnet_exceptions_total"));
            Assert.That(exposition, Does.Contain("directus_token_failures_total{").And.Contain("directus_token_failure_reason=\"wrong\""));
            Assert.That(exposition, Does.Contain("directus_health_check_status{").And.Contain("directus_health_check_name=\"storage:config:writable\""));
            Assert.That(exposition, Does.Contain("directus_health_check_duration_seconds_bucket{"));
            Assert.That(exposition, Does.Not.Contain(AdminToken).And.Not.Contain(ScrapeToken).And.Not.Contain("wrong-token-value"));
        });
    }

    [Test]
    public async Task TwoThousandDistinctUnknownPaths_AddNoPerPathSeries()
    {
        var before = Series(await ScrapeAsync());

        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, 2000).Select(async index =>
        {
            await gate.WaitAsync();
            try
            {
                using var response = await _server.Client.GetAsync(new Uri($"/no-such-path-{index}/x?q=no-such-query-{index}", UriKind.Relative));
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            }
            finally
            {
                gate.Release();
            }
        }));

        var exposition = await ScrapeAsync();
        var added = Series(exposition).Except(before).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exposition, Does.Not.Contain("no-such-path-").And.Not.Contain("no-such-query-"));
            // The 404s' own histogram (about 20 lines) and whatever the runtime reports anew; never one per path.
            Assert.That(added, Has.Count.LessThan(100), string.Join("\n", added));
        });
    }

    [Test]
    public async Task Scrape_AnswersWellUnder100Milliseconds()
    {
        await MakeTrafficAsync();
        await ScrapeAsync(); // the first collection warms up the exporter

        var timings = new List<double>();
        for (var scrape = 0; scrape < 7; scrape++)
        {
            var clock = Stopwatch.StartNew();
            await ScrapeAsync();
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        Assert.That(timings[timings.Count / 2], Is.LessThan(100), "median of " + string.Join(", ", timings));
    }

    private async Task MakeTrafficAsync()
    {
        (await _server.Client.GetAsync(new Uri("/server/info?super_admin_token=wrong-token-value", UriKind.Relative))).Dispose();
        (await _server.Client.GetAsync(new Uri("/server/info?super_admin_token=" + AdminToken, UriKind.Relative))).Dispose();
        using var health = new HttpRequestMessage(HttpMethod.Get, new Uri("/server/health", UriKind.Relative));
        health.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        (await _server.Client.SendAsync(health)).Dispose();
    }

    private async Task<string> ScrapeAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Metrics", ScrapeToken);
        using var response = await _server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return text;
    }

    /// <summary>Each sample's name and labels (the line without its value).</summary>
    private static HashSet<string> Series(string exposition) =>
        [.. exposition.Split('\n').Where(line => line.Length > 0 && line[0] != '#').Select(line => line[..line.LastIndexOf(' ')])];
}
