using Directus.Application.Server.Ports;
using Directus.Domain.Server;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure.Health;

/// <summary>Runs the framework's <see cref="HealthCheckService"/> and turns its report into Directus observations, in registration order.</summary>
public sealed class HealthCheckRunner(HealthCheckService service, IOptions<HealthCheckServiceOptions> options, HealthCheckMetrics metrics) : IHealthCheckRunner
{
    private readonly HealthCheckRegistration[] _registrations = options.Value.Registrations.ToArray();

    /// <inheritdoc />
    public async Task<IReadOnlyList<HealthCheckOutcome>> RunAsync(bool includeOutsideServices, CancellationToken cancellationToken)
    {
        var report = await service.CheckHealthAsync(
            registration => includeOutsideServices || !registration.Tags.Contains(HealthCheckTags.OutsideService),
            cancellationToken).ConfigureAwait(false);
        var outcomes = new List<HealthCheckOutcome>(_registrations.Length);
        foreach (var registration in _registrations)
        {
            if (report.Entries.TryGetValue(registration.Name, out var entry))
            {
                var observation = DirectusHealthCheck.ObservationOf(entry);
                metrics.Record(registration.Name, observation.Status, entry.Duration);
                outcomes.Add(new HealthCheckOutcome(registration.Name, [observation], HealthCheckTags.WorstOverallEffect(registration.Tags)));
            }
        }

        return outcomes;
    }
}
