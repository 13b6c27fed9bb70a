using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure.Health;

/// <summary>
/// When shutdown begins (ApplicationStopping has fired, so health reports <c>error</c>), waits for the
/// configured delay before the listener closes: load balancers see the failing health check and drain
/// this instance while it still answers. A lifecycle service because only <see cref="StoppingAsync"/> runs before the
/// web server's own hosted service stops (a plain StopAsync would run after it); the other members have nothing to do.
/// </summary>
public sealed partial class ShutdownDelayService(IOptions<ServerHealthOptions> options, ILogger<ShutdownDelayService> logger) : IHostedLifecycleService
{
    private readonly TimeSpan _delay = options.Value.ShutdownDelay;

    /// <summary>Waits <see cref="ServerHealthOptions.ShutdownDelay"/> (or until the host's shutdown timeout runs out) before the web server stops.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (_delay <= TimeSpan.Zero)
        {
            return;
        }

        LogDraining(_delay.TotalSeconds);
        try
        {
            await Task.Delay(_delay, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout ran out first: stop now.
        }
    }

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down: health reports error, still answering for {DelaySeconds} s so load balancers can drain this instance")]
    private partial void LogDraining(double delaySeconds);
}
