using Directus.Infrastructure.Security;
using Directus.Infrastructure.Storage;
using Microsoft.Extensions.Hosting;

namespace Directus.Infrastructure.Startup;

/// <summary>Before anything listens: create the root directory's folders and find (or create) the super admin token.</summary>
public sealed class StorageStartupService(StorageInitializer storage, SuperAdminTokenStore tokens) : IHostedService
{
    private readonly Lazy<bool> _prepared = new(() =>
    {
        storage.Initialize();
        tokens.Initialize();
        return true;
    });

    /// <summary>
    /// Runs once. The entry point (ApiRunner) calls it before the host starts, because the host logs a hosted service
    /// that throws as "Hosting failed to start" with its stack trace, and a refused start must be one line. Hosts that
    /// do not go through the entry point (the in-process test host, an application embedding these layers) get it
    /// from <see cref="StartAsync"/>. Throws <see cref="StartupRefusedException"/>, saying why, when it cannot go on.
    /// </summary>
    public void Prepare() => _ = _prepared.Value;

    /// <summary>Calls <see cref="Prepare"/>, which does nothing when the entry point already did.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Prepare();
        return Task.CompletedTask;
    }

    /// <summary>Nothing to stop.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
