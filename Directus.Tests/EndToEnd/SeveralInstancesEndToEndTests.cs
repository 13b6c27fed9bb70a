using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>
/// All real processes: one redis-server, two server instances sharing it as their throttle store, and nginx in front with
/// the shipped configuration. Clients leave from distinct loopback addresses, so nginx (and through it the servers) sees
/// distinct clients; the access log tells which instance answered each request.
/// </summary>
[NonParallelizable]
public sealed class SeveralInstancesEndToEndTests
{
    private const string Token = "e2e-several-instances-token";
    private const string RedisPassword = "e2e-redis-password-7f3a";

    private readonly List<Exchange> _exchanges = [];

    [Test]
    public async Task TwoInstancesBehindNginx_ShareOneCountPerClient_AndSurviveARedisOutage()
    {
        using var workspace = new TempDirectory();
        await using var redis = await RedisServer.StartAsync(RedisPassword);
        var environment = new Dictionary<string, string?>
        {
            ["DIRECTUS_SUPER_ADMIN_TOKEN"] = Token,
            ["Directus__Throttle__Store"] = "Redis",
            ["Directus__Redis__Configuration"] = redis.Configuration,
            ["Directus__ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",

            // The outage below is a stopped Redis (refused at once); a longer timeout keeps a busy machine from
            // making a slow answer look like one during the shared phases.
            ["Directus__Redis__Timeout"] = "00:00:02",
        };
        await using var first = await ServerProcess.StartAsync(workspace.Combine("a"), environment, "--Directus:Health:ServiceId=instance-a");
        await using var second = await ServerProcess.StartAsync(workspace.Combine("b"), environment, "--Directus:Health:ServiceId=instance-b");
        await using var nginx = await NginxProcess.StartAsync(first.BaseAddress, second.BaseAddress);
        var instances = new Dictionary<int, string> { [first.BaseAddress.Port] = "a", [second.BaseAddress.Port] = "b" };

        // Shared counting: ten failures over both instances use up the client's window on both.
        using var attacker = Client("127.0.0.2", nginx);
        using var bystander = Client("127.0.0.3", nginx);
        var failures = await SendAsync(attacker, "shared: wrong token", 10, attempt => "wrong-" + attempt, spoofForwardedFor: true);
        var refused = await SendAsync(attacker, "shared: right token after 10 failures", 4, _ => Token);
        var unaffected = await SendAsync(bystander, "shared: another client, right token", 2, _ => Token);

        // Redis gone: right tokens still pass, failures are counted per instance, health warns.
        await redis.StopAsync();
        var duringOutage = await SendAsync(bystander, "Redis down: right token", 4, _ => Token);
        var healthFirst = await WarnWithRedisChecksAsync(first);
        var healthSecond = await WarnWithRedisChecksAsync(second);
        using var anonymousHealth = await bystander.Http.GetAsync(new Uri("/server/health", UriKind.Relative));
        var anonymousBody = await anonymousHealth.Content.ReadAsStringAsync();
        using var outageAttacker = Client("127.0.0.4", nginx);
        var perInstance = await FailUntilRefusedAsync(outageAttacker, "Redis down: wrong token");

        // Redis back: shared counting resumes.
        await redis.StartAgainAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var sharedAgain = await Poll.UntilAsync(async () => await IsOkAsync(first) && await IsOkAsync(second), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100));
        clock.Stop();
        using var laterAttacker = Client("127.0.0.5", nginx);
        var failuresAfter = await SendAsync(laterAttacker, "Redis back: wrong token", 10, attempt => "wrong-" + attempt);
        var refusedAfter = await SendAsync(laterAttacker, "Redis back: right token after 10 failures", 4, _ => Token);

        var answeredBy = await InstancesAsync(nginx, instances);
        TestContext.Out.WriteLine(string.Join("\n", _exchanges.Select(exchange =>
            $"{exchange.Step,-42} {exchange.Client,-10} instance {answeredBy.GetValueOrDefault(exchange), -2} {(int)exchange.Status} Retry-After {exchange.RetryAfter?.ToString(CultureInfo.InvariantCulture) ?? "-"}")));
        TestContext.Out.WriteLine($"instance a health while Redis was down: {healthFirst}");
        TestContext.Out.WriteLine($"anonymous health through nginx while Redis was down: {anonymousBody}");
        TestContext.Out.WriteLine($"both instances reported ok {clock.Elapsed.TotalSeconds:0.0} s after Redis was started again");

        Assert.Multiple(() =>
        {
            Assert.That(failures.Select(exchange => exchange.Status), Is.All.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(failures.Select(exchange => answeredBy[exchange]).Distinct(), Is.EquivalentTo(new[] { "a", "b" }), "nginx spread the failures over both instances");
            AssertRefused(refused);
            Assert.That(refused.Select(exchange => answeredBy[exchange]).Distinct(), Is.EquivalentTo(new[] { "a", "b" }), "refused whichever instance answers");
            Assert.That(unaffected.Select(exchange => exchange.Status), Is.All.EqualTo(HttpStatusCode.OK));

            Assert.That(duringOutage.Select(exchange => exchange.Status), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(duringOutage.Select(exchange => answeredBy[exchange]).Distinct(), Is.EquivalentTo(new[] { "a", "b" }));
            Assert.That(healthFirst, Is.Not.Null, "instance a's health did not turn warn with the two Redis checks");
            Assert.That(healthSecond, Is.Not.Null, "instance b's health did not turn warn with the two Redis checks");
            Assert.That(anonymousHealth.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(anonymousBody, Is.EqualTo("{\"status\":\"warn\"}"));
            var unauthorized = perInstance.Count(exchange => exchange.Status == HttpStatusCode.Unauthorized);
            Assert.That(unauthorized, Is.InRange(11, 20), "each instance allows its own ten: more than one shared window, at most two");
            AssertRefused(perInstance.TakeLast(4).ToList());

            Assert.That(sharedAgain, Is.True, "both instances answered health ok after Redis came back");
            Assert.That(failuresAfter.Select(exchange => exchange.Status), Is.All.EqualTo(HttpStatusCode.Unauthorized));
            AssertRefused(refusedAfter);
            Assert.That(refusedAfter.Select(exchange => answeredBy[exchange]).Distinct(), Is.EquivalentTo(new[] { "a", "b" }));

            Assert.That(first.Output + second.Output + string.Join("\n", nginx.AccessLog()), Does.Not.Contain(RedisPassword).And.Not.Contain(Token));
            Assert.That(first.Output, Does.Contain("stopped answering").And.Contain("answers again"));
        });
    }

    [Test]
    public async Task Start_WithRedisDown_StartsWithOneWarning_AndAnswersWithoutRedis()
    {
        using var workspace = new TempDirectory();
        var nothingListens = ServerProcess.FreePort();
        var environment = new Dictionary<string, string?>
        {
            ["DIRECTUS_SUPER_ADMIN_TOKEN"] = Token,
            ["Directus__Throttle__Store"] = "Redis",
            ["Directus__Redis__Configuration"] = $"127.0.0.1:{nothingListens.ToString(CultureInfo.InvariantCulture)},password={RedisPassword}",
        };
        await using var server = await ServerProcess.StartAsync(workspace.Combine("storage"), environment);

        using var info = await server.Client.GetAsync(new Uri("/server/info?super_admin_token=" + Token, UriKind.Relative));
        using var wrong = await server.Client.GetAsync(new Uri("/server/info?super_admin_token=wrong", UriKind.Relative));
        using var health = await server.Client.GetAsync(new Uri("/server/health", UriKind.Relative));
        var healthBody = await health.Content.ReadAsStringAsync();
        await server.WaitForOutputAsync("does not answer");
        var output = server.Output;

        Assert.Multiple(() =>
        {
            Assert.That(info.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((health.StatusCode, healthBody), Is.EqualTo((HttpStatusCode.OK, "{\"status\":\"warn\"}")));
            Assert.That(output.Split('\n').Count(line => line.Contains($"Redis at 127.0.0.1:{nothingListens.ToString(CultureInfo.InvariantCulture)} does not answer", StringComparison.Ordinal)), Is.EqualTo(1), output);
            Assert.That(output, Does.Not.Contain(RedisPassword));
        });
    }

    [Test]
    public async Task Start_WithTheRedisStoreButNoConfiguration_IsRefusedInOneLine()
    {
        using var workspace = new TempDirectory();

        var (exitCode, output) = await ServerProcess.RunToExitAsync(workspace.Combine("storage"), arguments: ["--Directus:Throttle:Store=Redis"]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output.Split('\n').Count(line => line.Contains("Refusing to start", StringComparison.Ordinal)), Is.EqualTo(1), output);
            Assert.That(output, Does.Contain("Directus:Redis:Configuration must be given"));
        });
    }

    [Test]
    public async Task Start_WithAnUnreadableRedisConfiguration_IsRefusedWithoutShowingThePassword()
    {
        using var workspace = new TempDirectory();
        var environment = new Dictionary<string, string?> { ["Directus__Redis__Configuration"] = "127.0.0.1:6379,password=hunter2-secret,notAnOption=1" };

        var (exitCode, output) = await ServerProcess.RunToExitAsync(workspace.Combine("storage"), environment, "--Directus:Throttle:Store=Redis");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain("Refusing to start").And.Contain("Directus:Redis:Configuration is not a StackExchange.Redis configuration string"));
            Assert.That(output, Does.Not.Contain("hunter2-secret"));
        });
    }

    private static SourceClient Client(string source, NginxProcess nginx) => new(source, BoundClient.From(IPAddress.Parse(source), nginx.BaseAddress));

    private static void AssertRefused(IReadOnlyList<Exchange> exchanges)
    {
        Assert.That(exchanges.Select(exchange => exchange.Status), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(exchanges.Select(exchange => exchange.Body), Is.All.EqualTo("{\"error\":{\"code\":7,\"message\":\"Too Many Requests\"}}"));
        Assert.That(exchanges.Select(exchange => exchange.RetryAfter), Is.All.InRange(1, 60));
    }

    private async Task<List<Exchange>> SendAsync(SourceClient client, string step, int count, Func<int, string> token, bool spoofForwardedFor = false)
    {
        var sent = new List<Exchange>();
        for (var attempt = 0; attempt < count; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/server/info", UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token(attempt));
            if (spoofForwardedFor)
            {
                request.Headers.Add("X-Forwarded-For", $"192.0.2.{attempt}");
            }

            using var response = await client.Http.SendAsync(request);
            var retryAfter = response.Headers.RetryAfter?.Delta is { } delta ? (int)delta.TotalSeconds : (int?)null;
            var exchange = new Exchange(step, client.Source, _exchanges.Count(previous => previous.Client == client.Source), response.StatusCode, retryAfter,
                response.StatusCode == HttpStatusCode.OK ? "" : await response.Content.ReadAsStringAsync());
            _exchanges.Add(exchange);
            sent.Add(exchange);
        }

        return sent;
    }

    /// <summary>Wrong tokens until the last four answers were all 429 (at most forty requests).</summary>
    private async Task<List<Exchange>> FailUntilRefusedAsync(SourceClient client, string step)
    {
        var sent = new List<Exchange>();
        while (sent.Count < 40 && !(sent.Count >= 4 && sent.TakeLast(4).All(exchange => exchange.Status == HttpStatusCode.TooManyRequests)))
        {
            sent.AddRange(await SendAsync(client, step, 1, attempt => "wrong-" + sent.Count));
        }

        return sent;
    }

    private static async Task<string?> WarnWithRedisChecksAsync(ServerProcess server)
    {
        string? last = null;
        var warned = await Poll.UntilAsync(
            async () =>
            {
                var (status, body) = await DetailedHealthAsync(server);
                last = body;
                using var health = JsonDocument.Parse(body);
                var checks = health.RootElement.GetProperty("checks");
                var redis = checks.GetProperty("redis:responseTime")[0];
                var limiter = checks.GetProperty("rateLimiter:responseTime")[0];
                return status == HttpStatusCode.OK
                    && health.RootElement.GetProperty("status").GetString() == "warn"
                    && redis.GetProperty("componentType").GetString() == "datastore"
                    && redis.GetProperty("status").GetString() == "error"
                    && redis.GetProperty("output").GetString()!.Length > 0
                    && limiter.GetProperty("componentType").GetString() == "ratelimiter"
                    && limiter.GetProperty("status").GetString() == "warn"
                    && limiter.GetProperty("output").GetString()!.Contains("per instance", StringComparison.Ordinal);
            },
            TimeSpan.FromSeconds(20),
            TimeSpan.FromMilliseconds(200));
        return warned ? last : null;
    }

    private static async Task<bool> IsOkAsync(ServerProcess server)
    {
        var (status, body) = await DetailedHealthAsync(server);
        using var health = JsonDocument.Parse(body);
        return status == HttpStatusCode.OK && health.RootElement.GetProperty("status").GetString() == "ok";
    }

    private static async Task<(HttpStatusCode Status, string Body)> DetailedHealthAsync(ServerProcess server)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/server/health", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await server.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Which instance answered each exchange: the n-th access log line of a client is its n-th request (each client sends one at a time).</summary>
    private async Task<Dictionary<Exchange, string>> InstancesAsync(NginxProcess nginx, Dictionary<int, string> instances)
    {
        string[] lines = [];
        await Poll.UntilAsync(() => (lines = nginx.AccessLog()).Length >= _exchanges.Count, TimeSpan.FromSeconds(20));
        var answeredBy = new Dictionary<Exchange, string>();
        foreach (var group in _exchanges.GroupBy(exchange => exchange.Client))
        {
            var clientLines = lines.Where(line => line.StartsWith(group.Key + " ", StringComparison.Ordinal)).ToList();
            foreach (var exchange in group)
            {
                // After a retry on the next upstream nginx lists both ("a, b"); the last one answered.
                var upstream = clientLines[exchange.Sequence].Split("upstream=")[1].Trim().Split(", ")[^1];
                answeredBy[exchange] = instances[int.Parse(upstream.Split(':')[1], CultureInfo.InvariantCulture)];
            }
        }

        return answeredBy;
    }

    private sealed record SourceClient(string Source, HttpClient Http) : IDisposable
    {
        public void Dispose() => Http.Dispose();
    }

    private sealed record Exchange(string Step, string Client, int Sequence, HttpStatusCode Status, int? RetryAfter, string Body);
}
