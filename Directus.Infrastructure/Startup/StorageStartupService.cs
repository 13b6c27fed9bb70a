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
    /// Runs once: called by the entry point before the host starts, and by the host itself, which is all that calls it
    /// in the in-process test host. Throws <see cref="StartupRefusedException"/>, saying why, when it cannot go on.
    /// </summary>
    public void Prepare() => _ = _prepared.Value;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Prepare();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
