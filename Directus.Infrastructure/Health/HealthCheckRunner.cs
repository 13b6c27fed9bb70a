using Directus.Application.Server.Ports;
using Directus.Domain.Server;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure.Health;

/// <summary>Runs the framework's <see cref="HealthCheckService"/> and turns its report into Directus observations, in registration order.</summary>
public sealed class HealthCheckRunner(HealthCheckService service, IOptions<HealthCheckServiceOptions> options, HealthCheckMetrics metrics) : IHealthCheckRunner
{
    private readonly string[] _names = options.Value.Registrations.Select(registration => registration.Name).ToArray();

    public async Task<IReadOnlyList<HealthCheckOutcome>> RunAsync(CancellationToken cancellationToken)
    {
        var report = await service.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = new List<HealthCheckOutcome>(_names.Length);
        foreach (var name in _names)
        {
            if (report.Entries.TryGetValue(name, out var entry))
            {
                var observation = HealthObservationData.Observation(entry);
                metrics.Record(name, observation.Status, entry.Duration);
                outcomes.Add(new HealthCheckOutcome(name, [observation]));
            }
        }

        return outcomes;
    }
}
