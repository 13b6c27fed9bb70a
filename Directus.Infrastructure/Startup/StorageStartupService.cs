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
    public Task StartingAsync(CancellationToken cancellationToken)
    {
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
