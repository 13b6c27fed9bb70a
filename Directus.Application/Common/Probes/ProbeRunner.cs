using Directus.Application.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Directus.Application.Common.Probes;

/// <summary>
/// Runs a machine probe so that it cannot take a request down: a probe that throws, or that does not
/// answer within the configured bound, gives its fallback and a warning instead.
/// </summary>
public sealed partial class ProbeRunner(IOptions<DirectusOptions> options, ILogger<ProbeRunner> logger)
{
    private readonly TimeSpan _timeout = options.Value.ProbeTimeout;

    public async Task<T> RunAsync<T>(string name, Func<T> probe, T fallback)
    {
        try
        {
            return await Task.Run(probe).WaitAsync(_timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogProbeTimedOut(name, _timeout.TotalMilliseconds);
        }
#pragma warning disable CA1031 // A probe's failure of any kind must become its fallback.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogProbeFailed(exception, name);
        }

        return fallback;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Probe {Probe} did not answer within {TimeoutMs} ms; using its fallback")]
    private partial void LogProbeTimedOut(string probe, double timeoutMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Probe {Probe} failed; using its fallback")]
    private partial void LogProbeFailed(Exception exception, string probe);
}
