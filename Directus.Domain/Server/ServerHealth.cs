namespace Directus.Domain.Server;

/// <summary>
/// What <c>/server/health</c> reports. Everyone gets <see cref="Status"/>; the super admin also gets the
/// release, the service id and every check (the other three are null otherwise).
/// </summary>
public sealed record ServerHealth(
    HealthState Status,
    string? ReleaseId,
    string? ServiceId,
    IReadOnlyList<HealthCheckOutcome>? Checks)
{
    public static ServerHealth Anonymous(IReadOnlyList<HealthCheckOutcome> checks) =>
        new(StatusOf(checks), null, null, null);

    public static ServerHealth Detailed(IReadOnlyList<HealthCheckOutcome> checks, string releaseId, string serviceId) =>
        new(StatusOf(checks), releaseId, serviceId, checks);

    private static HealthState StatusOf(IReadOnlyList<HealthCheckOutcome> checks) =>
        HealthStates.Worst(checks.SelectMany(check => check.Observations).Select(observation => observation.Status));
}

/// <summary>One named check (<c>storage:logs:writable</c>) and what it observed.</summary>
public sealed record HealthCheckOutcome(string Name, IReadOnlyList<HealthObservation> Observations);

/// <summary>One observation in Directus 11's shape.</summary>
/// <param name="ComponentType">What was checked: <c>system</c>, <c>component</c>, <c>objectstore</c>…</param>
/// <param name="ObservedValue">The measurement, in <paramref name="ObservedUnit"/>.</param>
/// <param name="Threshold">Above this the check warns; null where no threshold applies.</param>
/// <param name="Output">Why the check warns or fails; null when it is ok.</param>
public sealed record HealthObservation(
    string ComponentType,
    HealthState Status,
    double ObservedValue,
    string ObservedUnit,
    double? Threshold = null,
    string? Output = null);
