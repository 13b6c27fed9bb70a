using StackExchange.Redis;

namespace Directus.Infrastructure.Throttling;

/// <summary>
/// A client's window in Redis: one key holding its failure count, expiring when the window ends. Each operation is one
/// script, so one round trip and atomic: instances failing the same client at once cannot lose a count or leave a key
/// without its expiry.
/// </summary>
public static class FailedAttemptScripts
{
    /// <summary>Counts one failure; the first failure (or a key that somehow has no expiry) starts the window.</summary>
    private const string CountFailure = """
        local count = redis.call('INCR', KEYS[1])
        local left = redis.call('PTTL', KEYS[1])
        if left < 0 then
          left = tonumber(ARGV[1])
          redis.call('PEXPIRE', KEYS[1], left)
        end
        return {count, left}
        """;

    private const string ReadWindow = """
        local count = redis.call('GET', KEYS[1])
        if not count then
          return {0, 0}
        end
        return {tonumber(count), redis.call('PTTL', KEYS[1])}
        """;

    /// <summary>Counts one failure for the client at <paramref name="key"/>, starting a window of <paramref name="window"/> with the first.</summary>
    public static async Task<ClientWindow> CountFailureAsync(IDatabaseAsync database, RedisKey key, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(database);
        var result = await database.ScriptEvaluateAsync(CountFailure, [key], [(long)window.TotalMilliseconds]).ConfigureAwait(false);
        return ClientWindow.From(result);
    }

    /// <summary>The client's window as it stands, without counting anything.</summary>
    public static async Task<ClientWindow> ReadAsync(IDatabaseAsync database, RedisKey key)
    {
        ArgumentNullException.ThrowIfNull(database);
        var result = await database.ScriptEvaluateAsync(ReadWindow, [key]).ConfigureAwait(false);
        return ClientWindow.From(result);
    }

    /// <param name="Failures">The failures counted in the window; 0 when the client has none.</param>
    /// <param name="TimeLeft">Until the window ends (and the key expires).</param>
    public sealed record ClientWindow(long Failures, TimeSpan TimeLeft)
    {
        /// <summary>Reads a script's <c>{count, milliseconds left}</c> answer; throws <see cref="InvalidCastException"/> for any other shape.</summary>
        public static ClientWindow From(RedisResult result)
        {
            var values = (long[]?)result ?? throw new InvalidCastException("The throttle script answered no array");
            return new ClientWindow(values[0], TimeSpan.FromMilliseconds(Math.Max(values[1], 0)));
        }
    }
}
