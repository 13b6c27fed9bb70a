using Directus.Infrastructure.Redis;
using Directus.Infrastructure.Throttling;
using Directus.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Integration.Throttling;

/// <summary>One instance's Redis store, as the server composes it: its connection, its memory fallback and its own logs.</summary>
public sealed class RedisStoreHarness : IAsyncDisposable
{
    private readonly LoggerFactory _loggers;

    private RedisStoreHarness(ThrottleOptions throttle, RedisOptions redis, CapturingLoggerProvider logs)
    {
        Redis = redis;
        Logs = logs;
        _loggers = new LoggerFactory([logs]);
        Connection = new RedisConnection(Options.Create(throttle), Options.Create(redis), _loggers.CreateLogger<RedisConnection>());
        Memory = new FailedAttemptTracker(throttle, TimeProvider.System);
        Store = new RedisFailedAttemptStore(Connection, Memory, Options.Create(throttle), Options.Create(redis));
    }

    public RedisOptions Redis { get; }

    public CapturingLoggerProvider Logs { get; }

    public RedisConnection Connection { get; }

    public FailedAttemptTracker Memory { get; }

    public RedisFailedAttemptStore Store { get; }

    /// <summary>A store on <paramref name="redis"/> under a key prefix of its own, so tests sharing one Redis do not meet.</summary>
    /// <param name="timeout">
    /// The server's default, 250 ms, unless a test is about something else (atomicity, key counts) and must not fall
    /// back to memory because a busy machine kept a call waiting longer.
    /// </param>
    public static Task<RedisStoreHarness> StartAsync(
        RedisServer redis, int permitLimit = 10, TimeSpan? window = null, string? keyPrefix = null, TimeSpan? timeout = null) =>
        StartAsync(redis.Configuration, permitLimit, window, keyPrefix ?? $"test-{Guid.NewGuid():N}:", timeout ?? TimeSpan.FromMilliseconds(250));

    public static async Task<RedisStoreHarness> StartAsync(string configuration, int permitLimit, TimeSpan? window, string keyPrefix, TimeSpan timeout)
    {
        var throttle = new ThrottleOptions { Store = ThrottleStore.Redis, PermitLimit = permitLimit, Window = window ?? TimeSpan.FromSeconds(60) };
        var redis = new RedisOptions
        {
            Configuration = configuration,
            KeyPrefix = keyPrefix,
            Timeout = timeout,
            RetryInterval = TimeSpan.FromMilliseconds(200),
        };
        var harness = new RedisStoreHarness(throttle, redis, new CapturingLoggerProvider());
        await harness.Connection.StartAsync(CancellationToken.None);
        return harness;
    }

    public IReadOnlyList<CapturedLogEntry> LogsAtLeast(LogLevel level) => Logs.Entries.Where(entry => entry.Level >= level).ToList();

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        Memory.Dispose();
        _loggers.Dispose();
    }
}
