using Directus.Domain.Server;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Directus.Infrastructure.Health;

/// <summary>
/// A health check that observes in Directus 11's shape. The framework's <see cref="HealthCheckService"/> runs it (the
/// tags choose who runs it, a check that throws is caught and logged), so its observation rides through the framework's
/// result as one typed value and <see cref="ObservationOf"/> takes it out unchanged.
/// </summary>
public abstract class DirectusHealthCheck : IHealthCheck
{
    private const string ObservationKey = nameof(HealthObservation);

    /// <summary>Runs the check and says what it observed.</summary>
    public abstract Task<HealthObservation> ObserveAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Result(await ObserveAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>The framework's status only sets the level of the framework's own log line about the check.</summary>
    public static HealthCheckResult Result(HealthObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var status = observation.Status switch
        {
            HealthState.Ok => HealthStatus.Healthy,
            HealthState.Warn => HealthStatus.Degraded,
            _ => HealthStatus.Unhealthy,
        };
        return new HealthCheckResult(status, observation.Output, exception: null, new Dictionary<string, object> { [ObservationKey] = observation });
    }

    /// <summary>
    /// The check's own observation. Any other check (a host's own <c>AddCheck</c>, or one of ours that threw) is observed
    /// as Directus 11 observes a component: its state (healthy ok, degraded warn, unhealthy error), the time it took in ms,
    /// and, unless ok, its description or exception message as the output.
    /// </summary>
    public static HealthObservation ObservationOf(HealthReportEntry entry)
    {
        if (entry.Data.TryGetValue(ObservationKey, out var carried) && carried is HealthObservation observation)
        {
            return observation;
        }

        var state = entry.Status switch
        {
            HealthStatus.Healthy => HealthState.Ok,
            HealthStatus.Degraded => HealthState.Warn,
            _ => HealthState.Error,
        };
        return new HealthObservation(
            "component",
            state,
            entry.Duration.TotalMilliseconds,
            "ms",
            Output: state == HealthState.Ok ? null : entry.Description ?? entry.Exception?.Message ?? entry.Status.ToString());
    }
}
