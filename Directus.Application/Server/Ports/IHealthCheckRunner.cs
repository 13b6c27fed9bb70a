using Directus.Domain.Server;

namespace Directus.Application.Server.Ports;

/// <summary>Runs the server's health checks (the framework's health-check service, in Infrastructure) and reports them in a stable order.</summary>
public interface IHealthCheckRunner
{
    /// <param name="includeOutsideServices">
    /// Whether to run the checks that call a service outside this process (Redis): only for the super admin, so that
    /// anonymous callers cannot make the server call it.
    /// </param>
    /// <param name="cancellationToken">Cancels the run, e.g. when the caller's request is aborted.</param>
    Task<IReadOnlyList<HealthCheckOutcome>> RunAsync(bool includeOutsideServices, CancellationToken cancellationToken);
}
