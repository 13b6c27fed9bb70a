using Directus.Infrastructure.Security;
using Directus.Infrastructure.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Directus.Infrastructure.Startup;

/// <summary>Before anything listens: create the root directory's folders and find (or create) the super admin token.</summary>
public sealed partial class StorageStartupService(
    StorageInitializer storage,
    SuperAdminTokenStore tokens,
    ILogger<StorageStartupService> logger) : IHostedLifecycleService
{
    private readonly Lock _gate = new();
    private bool _prepared;

    /// <summary>
    /// Runs once, whoever calls first: the entry point before the host starts (so a refusal is one log line, not
    /// the host's failure report too), or the host itself where nothing called it earlier (the in-process test host).
    /// Throws <see cref="StartupRefusedException"/> after logging why.
    /// </summary>
    public void Prepare()
    {
        lock (_gate)
        {
            if (_prepared)
            {
                return;
            }

            try
            {
                storage.Initialize();
                tokens.Initialize();
            }
            catch (StartupRefusedException refused)
            {
                LogRefused(refused.Message);
                throw;
            }

            _prepared = true;
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        Prepare();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to start: {Reason}")]
    private partial void LogRefused(string reason);
}
