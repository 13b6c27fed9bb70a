using System.Diagnostics;
using Directus.Infrastructure.Throttling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Directus.Infrastructure.Redis;

/// <summary>
/// The one connection to Redis, and whether Redis answers now. Connects at start-up with the Redis throttle store (and
/// does nothing otherwise); a start with Redis down still starts. When Redis stops answering (a failed or slow command,
/// a dropped connection) it logs one warning and is asked every <see cref="RedisOptions.RetryInterval"/> whether it is
/// back; when it answers it logs one information line. Meanwhile <see cref="Database"/> is null, so no request waits.
/// </summary>
public sealed partial class RedisConnection(IOptions<ThrottleOptions> throttle, IOptions<RedisOptions> options, ILogger<RedisConnection> logger) : IHostedService, IAsyncDisposable
{
    private const int Unknown = 0;
    private const int Answering = 1;
    private const int Lost = 2;

    private readonly bool _wanted = throttle.Value.Store == ThrottleStore.Redis;
    private readonly RedisOptions _options = options.Value;
    private readonly CancellationTokenSource _stopping = new();
    private ConnectionMultiplexer? _multiplexer;
    private int _state = Unknown;
    private int _disposed;

    /// <summary>The longest one Redis call may take (<see cref="RedisOptions.Timeout"/>).</summary>
    public TimeSpan Timeout => _options.Timeout;

    /// <summary>The endpoints, as logs and health show them (never the configuration string, which may hold a password).</summary>
    public string Endpoints { get; private set; } = string.Empty;

    /// <summary>True once Redis has answered, until a call fails; false before the first answer and while it is lost.</summary>
    public bool IsAnswering => Volatile.Read(ref _state) == Answering;

    /// <summary>The database while Redis answers; null while it does not (or before start-up), so callers use their fallback at once.</summary>
    public IDatabase? Database => IsAnswering ? _multiplexer?.GetDatabase() : null;

    /// <summary>With the Redis throttle store, connects (without failing when Redis is down) and sends a first PING; otherwise does nothing.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_wanted)
        {
            return;
        }

        var configuration = RedisConfiguration.For(_options);
        Endpoints = RedisConfiguration.Describe(configuration);
        _multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        _multiplexer.ConnectionFailed += (_, failure) =>
        {
            if (failure.ConnectionType == ConnectionType.Interactive)
            {
                ReportFailure(failure.Exception ?? new RedisException(failure.FailureType.ToString()));
            }
        };
        await PingAsync().ConfigureAwait(false);
    }

    /// <summary>One PING within the timeout: its round trip, or null when Redis did not answer (which marks it lost).</summary>
    public async Task<TimeSpan?> PingAsync()
    {
        if (_multiplexer is null)
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await _multiplexer.GetDatabase().PingAsync().WaitAsync(_options.Timeout).ConfigureAwait(false);
        }
        catch (Exception failure) when (IsOutage(failure))
        {
            ReportFailure(failure);
            return null;
        }

        ReportAnswered();
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>A command failed or took too long: count in memory until Redis answers again.</summary>
    public void ReportFailure(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var before = Interlocked.Exchange(ref _state, Lost);
        if (before == Lost)
        {
            return;
        }

        if (before == Unknown)
        {
            LogUnreachableAtStart(Endpoints, failure.GetType().Name);
        }
        else
        {
            LogLost(Endpoints, failure.GetType().Name);
        }

        _ = WatchUntilAnsweringAsync();
    }

    /// <summary>What a Redis call can fail with when Redis is down, slow or confused; none of it may reach a client.</summary>
    public static bool IsOutage(Exception failure) => failure is RedisException or TimeoutException or ObjectDisposedException or InvalidCastException;

    /// <summary>Stops the background wait for Redis to come back.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => Volatile.Read(ref _disposed) == 1 ? Task.CompletedTask : _stopping.CancelAsync();

    /// <summary>Idempotent: the container disposes this once as itself and once as the hosted service it also is.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_multiplexer is not null)
        {
            await _multiplexer.DisposeAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    private void ReportAnswered()
    {
        var before = Interlocked.Exchange(ref _state, Answering);
        if (before == Lost)
        {
            LogBack(Endpoints);
        }
        else if (before == Unknown)
        {
            LogConnected(Endpoints);
        }
    }

    private async Task WatchUntilAnsweringAsync()
    {
        try
        {
            while (!IsAnswering)
            {
                await Task.Delay(_options.RetryInterval, _stopping.Token).ConfigureAwait(false);
                await PingAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        catch (ObjectDisposedException)
        {
            // Shut down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The failed-token throttle counts in Redis at {Endpoints}, shared by every instance")]
    private partial void LogConnected(string endpoints);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {Endpoints} does not answer ({Failure}); the failed-token throttle counts per instance until it does")]
    private partial void LogUnreachableAtStart(string endpoints, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {Endpoints} stopped answering ({Failure}); the failed-token throttle counts per instance until it answers again")]
    private partial void LogLost(string endpoints, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis at {Endpoints} answers again; the failed-token throttle counts in Redis again, shared by every instance")]
    private partial void LogBack(string endpoints);
}
