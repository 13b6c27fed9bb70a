using Directus.Domain.Server;

namespace Directus.Application.Server.Ports;

/// <summary>Runs the server's health checks (the framework's health-check service, in Infrastructure) and reports them in a stable order.</summary>
public interface IHealthCheckRunner
{
    Task<IReadOnlyList<HealthCheckOutcome>> RunAsync(CancellationToken cancellationToken);
}
