using Directus.Domain.Server;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Directus.Infrastructure.Health;

/// <summary>
/// Carries a Directus observation through the framework's <see cref="HealthCheckResult"/>: the status as
/// Healthy/Degraded/Unhealthy, the output as its description, the rest in its data.
/// </summary>
public static class HealthObservationData
{
    private const string ComponentTypeKey = "componentType";
    private const string ObservedValueKey = "observedValue";
    private const string ObservedUnitKey = "observedUnit";
    private const string ThresholdKey = "threshold";

    /// <summary>What a check that threw, or that the service timed out, is reported as.</summary>
    private const string DefaultComponentType = "component";

    public static HealthCheckResult Result(HealthObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [ComponentTypeKey] = observation.ComponentType,
            [ObservedValueKey] = observation.ObservedValue,
            [ObservedUnitKey] = observation.ObservedUnit,
        };
        if (observation.Threshold is { } threshold)
        {
            data[ThresholdKey] = threshold;
        }

        return new HealthCheckResult(StatusOf(observation.Status), observation.Output, exception: null, data);
    }

    public static HealthObservation Observation(HealthReportEntry entry)
    {
        var data = entry.Data;
        var state = StateOf(entry.Status);
        return new HealthObservation(
            data.TryGetValue(ComponentTypeKey, out var type) && type is string componentType ? componentType : DefaultComponentType,
            state,
            data.TryGetValue(ObservedValueKey, out var value) && value is double observed ? observed : entry.Duration.TotalMilliseconds,
            data.TryGetValue(ObservedUnitKey, out var unit) && unit is string observedUnit ? observedUnit : "ms",
            data.TryGetValue(ThresholdKey, out var limit) && limit is double threshold ? threshold : null,
            state == HealthState.Ok ? null : entry.Description ?? entry.Exception?.Message ?? entry.Status.ToString());
    }

    public static HealthStatus StatusOf(HealthState state) => state switch
    {
        HealthState.Ok => HealthStatus.Healthy,
        HealthState.Warn => HealthStatus.Degraded,
        _ => HealthStatus.Unhealthy,
    };

    public static HealthState StateOf(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => HealthState.Ok,
        HealthStatus.Degraded => HealthState.Warn,
        _ => HealthState.Error,
    };
}
