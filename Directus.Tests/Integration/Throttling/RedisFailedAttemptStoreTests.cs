using System.Diagnostics;
using System.Net;
using Directus.Api.Throttling;
using Directus.Tests.Support;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Directus.Tests.Integration.Throttling;

/// <summary>The Redis store against a real redis-server: the memory store's semantics, shared between instances.</summary>
[NonParallelizable]
public sealed class RedisFailedAttemptStoreTests
{
    private static readonly IPAddress Client = IPAddress.Parse("203.0.113.7");

    /// <summary>For tests about counting, not timeouts: hundreds of calls at once on two busy cores may take longer than 250 ms.</summary>
    private static readonly TimeSpan Patient = TimeSpan.FromSeconds(5);

    private RedisServer _redis = null!;
    private ConnectionMultiplexer _inspector = null!;

    [OneTimeSetUp]
    public async Task StartRedis()
    {
        _redis = await RedisServer.StartAsync();
        _inspector = await _redis.ConnectAsync();
    }

    [OneTimeTearDown]
    public async Task StopRedis()
    {
        await _inspector.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Test]
    public async Task RecordFailure_TheFirst_StartsAWindowThatExpiresWithIt()
    {
        await using var instance = await RedisStoreHarness.StartAsync(_redis, window: TimeSpan.FromSeconds(60));

        var usedTheLast = await instance.Store.RecordFailureAsync(Client);

        var key = instance.Store.KeyOf(Client);
        var timeToLive = await Database.KeyTimeToLiveAsync(key);
        Assert.Multiple(async () =>
        {
            Assert.That(usedTheLast, Is.False);
            Assert.That((long)await Database.StringGetAsync(key), Is.EqualTo(1));
            Assert.That(timeToLive, Is.Not.Null.And.InRange(TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(60)));
            Assert.That(key.ToString(), Does.StartWith(instance.Redis.KeyPrefix + "throttle:"));
        });
    }

    [Test]
    public async Task RetryAfter_BeforeTheLimit_IsNone_AtTheLimit_IsTheTimeLeftInTheWindow()
    {
        await using var instance = await RedisStoreHarness.StartAsync(_redis, permitLimit: 3, window: TimeSpan.FromSeconds(60));

        var lastPermitUsed = new List<bool>();
        var retryBeforeLimit = new List<TimeSpan?>();
        for (var failure = 0; failure < 3; failure++)
        {
            retryBeforeLimit.Add(await instance.Store.RetryAfterAsync(Client));
            lastPermitUsed.Add(await instance.Store.RecordFailureAsync(Client));
        }

        var retryAfter = await instance.Store.RetryAfterAsync(Client);

        Assert.Multiple(() =>
        {
            Assert.That(retryBeforeLimit, Is.All.Null);
            Assert.That(lastPermitUsed, Is.EqualTo(new[] { false, false, true }), "only the failure that uses the last permit says so (logged once)");
            Assert.That(retryAfter, Is.Not.Null.And.InRange(TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(60)));
            Assert.That(instance.Memory.TrackedClients, Is.Zero, "while Redis answers, memory holds nothing");
        });
    }

    [Test]
    public async Task Window_WhenItEnds_TheKeyIsGoneAndTheClientStartsAfresh()
    {
        await using var instance = await RedisStoreHarness.StartAsync(_redis, permitLimit: 2, window: TimeSpan.FromSeconds(1));
        await instance.Store.RecordFailureAsync(Client);
        await instance.Store.RecordFailureAsync(Client);
        var refused = await instance.Store.RetryAfterAsync(Client);

        var expired = await Poll.UntilAsync(async () => !await Database.KeyExistsAsync(instance.Store.KeyOf(Client)), TimeSpan.FromSeconds(20));
        var afterwards = await instance.Store.RetryAfterAsync(Client);
        var firstOfNewWindow = await instance.Store.RecordFailureAsync(Client);

        Assert.Multiple(async () =>
        {
            Assert.That(refused, Is.Not.Null.And.LessThanOrEqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(expired, Is.True, "Redis drops the key when the window ends");
            Assert.That(afterwards, Is.Null);
            Assert.That(firstOfNewWindow, Is.False);
            Assert.That((long)await Database.StringGetAsync(instance.Store.KeyOf(Client)), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Ipv6_AddressesOfOneSlash64_ShareOneCount()
    {
        await using var instance = await RedisStoreHarness.StartAsync(_redis, permitLimit: 2);
        var first = ClientPartition.Of(IPAddress.Parse("2001:db8:1:2::10"), 64);
        var sameNetwork = ClientPartition.Of(IPAddress.Parse("2001:db8:1:2:ffff::99"), 64);
        var otherNetwork = ClientPartition.Of(IPAddress.Parse("2001:db8:1:3::10"), 64);

        await instance.Store.RecordFailureAsync(first);
        await instance.Store.RecordFailureAsync(sameNetwork);

        Assert.Multiple(async () =>
        {
            Assert.That(await instance.Store.RetryAfterAsync(first), Is.Not.Null);
            Assert.That(await instance.Store.RetryAfterAsync(otherNetwork), Is.Null);
            Assert.That(instance.Store.KeyOf(first).ToString(), Does.EndWith("throttle:2001:db8:1:2::"));
        });
    }

    [Test]
    public async Task RecordFailure_TwoHundredAtOnceFromTwoInstances_CountsExactlyTwoHundred()
    {
        var prefix = $"test-{Guid.NewGuid():N}:";
        await using var first = await RedisStoreHarness.StartAsync(_redis, permitLimit: 150, keyPrefix: prefix, timeout: Patient);
        await using var second = await RedisStoreHarness.StartAsync(_redis, permitLimit: 150, keyPrefix: prefix, timeout: Patient);

        var results = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(attempt => Task.Run(async () => await (attempt % 2 == 0 ? first : second).Store.RecordFailureAsync(Client))));

        Assert.Multiple(async () =>
        {
            Assert.That((long)await Database.StringGetAsync(first.Store.KeyOf(Client)), Is.EqualTo(200));
            Assert.That(results.Count(usedTheLast => usedTheLast), Is.EqualTo(1), "exactly one failure used the 150th permit");
            Assert.That(await second.Store.RetryAfterAsync(Client), Is.Not.Null);
            Assert.That(first.Connection.IsAnswering && second.Connection.IsAnswering, Is.True, "no call fell back to memory");
        });
    }

    [Test]
    public async Task ManyDistinctClients_LeaveOneKeyEachWithAnExpiry()
    {
        const int Clients = 20_000;
        await using var instance = await RedisStoreHarness.StartAsync(_redis, window: TimeSpan.FromSeconds(30), timeout: Patient);
        var elapsed = Stopwatch.StartNew();
        for (var batch = 0; batch < Clients; batch += 500)
        {
            await Task.WhenAll(Enumerable.Range(batch, 500).Select(index => instance.Store.RecordFailureAsync(AddressOf(index)).AsTask()));
        }

        elapsed.Stop();
        var server = _inspector.GetServer(_inspector.GetEndPoints().Single());
        var keys = new List<RedisKey>();
        await foreach (var key in server.KeysAsync(pattern: instance.Redis.KeyPrefix + "*", pageSize: 1000))
        {
            keys.Add(key);
        }

        var withoutExpiry = 0;
        foreach (var chunk in keys.Chunk(1000))
        {
            var timesToLive = await Task.WhenAll(chunk.Select(key => Database.KeyTimeToLiveAsync(key)));
            withoutExpiry += timesToLive.Count(left => left is null);
        }

        TestContext.Out.WriteLine($"{Clients} distinct failing clients counted in Redis in {elapsed.ElapsedMilliseconds} ms");
        Assert.Multiple(() =>
        {
            Assert.That(keys, Has.Count.EqualTo(Clients));
            Assert.That(withoutExpiry, Is.Zero);
            Assert.That(instance.Memory.TrackedClients, Is.Zero);
        });
    }

    [Test]
    public async Task Outage_NoCallThrowsOrWaitsPastTheTimeout_MemoryCounts_AndRedisIsUsedAgainOnceBack()
    {
        await using var redis = await RedisServer.StartAsync();
        // A second rather than the default 250 ms, so that a busy machine does not make a call with Redis up fall back.
        var timeout = TimeSpan.FromSeconds(1);
        await using var instance = await RedisStoreHarness.StartAsync(redis, permitLimit: 3, timeout: timeout);
        await instance.Store.RecordFailureAsync(Client);

        await redis.StopAsync();
        var slowest = TimeSpan.Zero;
        var usedTheLast = new List<bool>();
        for (var failure = 0; failure < 3; failure++)
        {
            var started = Stopwatch.GetTimestamp();
            usedTheLast.Add(await instance.Store.RecordFailureAsync(Client));
            var took = Stopwatch.GetElapsedTime(started);
            slowest = took > slowest ? took : slowest;
        }

        var refusedLocally = await instance.Store.RetryAfterAsync(Client);
        // Whoever notices the outage first (a call, or the client library's own event on its thread) turns the state
        // and then logs: wait for the line rather than assume it is written by the time the calls return.
        await Poll.UntilAsync(() => instance.LogsAtLeast(LogLevel.Warning).Count > 0, TimeSpan.FromSeconds(10));
        var lostWarnings = instance.LogsAtLeast(LogLevel.Warning).Count;

        await redis.StartAgainAsync();
        // The state turns before the line is logged: wait for both.
        var back = await Poll.UntilAsync(() => instance.Connection.IsAnswering && LoggedBack(instance) == 1, TimeSpan.FromSeconds(20));
        var other = IPAddress.Parse("203.0.113.99");
        await instance.Store.RecordFailureAsync(other);
        using var inspector = await redis.ConnectAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(usedTheLast, Is.EqualTo(new[] { false, false, true }), "memory counts from zero while Redis is away");
            Assert.That(slowest, Is.LessThan(timeout + TimeSpan.FromSeconds(1)), "no call waits much past the timeout");
            Assert.That(refusedLocally, Is.Not.Null);
            Assert.That(lostWarnings, Is.EqualTo(1), string.Join("\n", instance.Logs.Entries));
            Assert.That(back, Is.True, "Redis answers again within the deadline");
            Assert.That(LoggedBack(instance), Is.EqualTo(1));
            Assert.That((long)await inspector.GetDatabase().StringGetAsync(instance.Store.KeyOf(other)), Is.EqualTo(1), "counting in Redis again");
            Assert.That(await instance.Store.RetryAfterAsync(Client), Is.Not.Null, "refused locally stays refused until its local window ends");
        });
    }

    [Test]
    public async Task Start_WithRedisDown_StartsWithOneWarning_CountsInMemory_ThenUsesRedisOnceItAnswers()
    {
        await using var redis = await RedisServer.StartAsync(password: "s3cret-pass");
        await redis.StopAsync();
        await using var instance = await RedisStoreHarness.StartAsync(redis, permitLimit: 1);

        var usedTheLast = await instance.Store.RecordFailureAsync(Client);
        await Poll.UntilAsync(() => instance.LogsAtLeast(LogLevel.Warning).Count > 0, TimeSpan.FromSeconds(10)); // as in the outage test
        var warnings = instance.LogsAtLeast(LogLevel.Warning);

        await redis.StartAgainAsync();
        var back = await Poll.UntilAsync(() => instance.Connection.IsAnswering, TimeSpan.FromSeconds(20));

        Assert.Multiple(() =>
        {
            Assert.That(usedTheLast, Is.True, "memory counted the failure");
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings.Single().Message, Does.Contain($"127.0.0.1:{redis.Port}").And.Contain("does not answer"));
            Assert.That(back, Is.True);
            Assert.That(instance.Logs.Entries.Select(entry => entry.ToString()), Has.None.Contain("s3cret-pass"), "the password is never logged");
        });
    }

    private IDatabase Database => _inspector.GetDatabase();

    private static IPAddress AddressOf(int index) => new([10, (byte)(index >> 16), (byte)(index >> 8), (byte)index]);

    private static int LoggedBack(RedisStoreHarness instance) =>
        instance.Logs.Entries.Count(entry => entry.Level == LogLevel.Information && entry.Message.Contains("answers again", StringComparison.Ordinal));
}
