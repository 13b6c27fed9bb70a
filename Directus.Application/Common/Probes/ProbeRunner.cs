using System.Collections.Concurrent;
using Directus.Application.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Directus.Application.Common.Probes;

/// <summary>
/// Runs a machine probe so that it cannot take a request down: a probe that throws, or that does not
/// answer within the configured bound, gives its fallback and a warning instead. While a probe that timed
/// out is still stuck (a hung network mount, say), it is not started again: each later request gets the
/// fallback at once, so a hang costs one blocked thread, not one per request.
/// </summary>
public sealed partial class ProbeRunner(IOptions<ProbeOptions> options, ILogger<ProbeRunner> logger, ProbeMetrics metrics)
{
    private readonly TimeSpan _timeout = options.Value.ProbeTimeout;
    private readonly ConcurrentDictionary<string, Task> _stuck = new(StringComparer.Ordinal);

    /// <summary>How long <see cref="RunAsync{T}"/> waits before a probe gives its fallback.</summary>
    public TimeSpan Timeout => _timeout;

    /// <summary>For a probe that may block on I/O: runs it on the thread pool under the time bound.</summary>
    public async Task<T> RunAsync<T>(string name, Func<T> probe, T fallback)
    {
        if (_stuck.TryGetValue(name, out var stuck))
        {
            if (!stuck.IsCompleted)
            {
                return fallback;
            }

            _stuck.TryRemove(new KeyValuePair<string, Task>(name, stuck));
        }

        var running = Task.Run(probe);
        try
        {
            return await running.WaitAsync(_timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _stuck[name] = running;
            metrics.TimedOut(name);
            LogProbeTimedOut(name, _timeout.TotalMilliseconds);
        }
#pragma warning disable CA1031 // A probe's failure of any kind must become its fallback.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            metrics.Failed(name);
            LogProbeFailed(exception, name);
        }

        return fallback;
    }

    /// <summary>For a probe that only reads memory (configuration, options): runs it inline, guarded against exceptions only.</summary>
    public T Run<T>(string name, Func<T> probe, T fallback)
    {
        try
        {
            return probe();
        }
#pragma warning disable CA1031 // A probe's failure of any kind must become its fallback.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            metrics.Failed(name);
            LogProbeFailed(exception, name);
            return fallback;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Probe {Probe} did not answer within {TimeoutMs} ms; using its fallback until it does")]
    private partial void LogProbeTimedOut(string probe, double timeoutMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Probe {Probe} failed; using its fallback")]
    private partial void LogProbeFailed(Exception exception, string probe);
}
