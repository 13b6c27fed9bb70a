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
    /// <summary>The answer for everyone but the super admin: only the overall status computed from <paramref name="checks"/>.</summary>
    public static ServerHealth Anonymous(IReadOnlyList<HealthCheckOutcome> checks) =>
        new(StatusOf(checks), null, null, null);

    /// <summary>The super admin's answer: the overall status plus the release, the service id and every check.</summary>
    public static ServerHealth Detailed(IReadOnlyList<HealthCheckOutcome> checks, string releaseId, string serviceId) =>
        new(StatusOf(checks), releaseId, serviceId, checks);

    private static HealthState StatusOf(IReadOnlyList<HealthCheckOutcome> checks) =>
        HealthStates.Worst(checks.SelectMany(check => check.Observations
            .Select(observation => observation.Status > check.WorstOverallEffect ? check.WorstOverallEffect : observation.Status)));
}

/// <summary>One named check (<c>storage:logs:writable</c>) and what it observed.</summary>
/// <param name="Name">The check's Directus name, such as <c>storage:logs:writable</c>.</param>
/// <param name="Observations">What the check measured, as a list in Directus 11's shape; this server reports one observation per check.</param>
/// <param name="WorstOverallEffect">
/// The worst this check can make the server's overall status. <see cref="HealthState.Error"/> (503, load balancers drain
/// the instance) for what the server cannot work without; <see cref="HealthState.Warn"/> for a dependency it works on
/// without, such as Redis: there its own status still says <c>error</c>, but every instance shares that Redis, and
/// draining them all because it went away would turn a weaker throttle into an outage.
/// </param>
public sealed record HealthCheckOutcome(string Name, IReadOnlyList<HealthObservation> Observations, HealthState WorstOverallEffect = HealthState.Error);

/// <summary>One observation in Directus 11's shape.</summary>
/// <param name="ComponentType">What was checked: <c>system</c>, <c>component</c>, <c>objectstore</c>…</param>
/// <param name="Status">The state this observation alone puts its check in.</param>
/// <param name="ObservedValue">The measurement, in <paramref name="ObservedUnit"/>.</param>
/// <param name="ObservedUnit">The unit of <paramref name="ObservedValue"/>, such as <c>ms</c>.</param>
/// <param name="Threshold">Above this the check warns; null where no threshold applies.</param>
/// <param name="Output">Why the check warns or fails; null when it is ok.</param>
public sealed record HealthObservation(
    string ComponentType,
    HealthState Status,
    double ObservedValue,
    string ObservedUnit,
    double? Threshold = null,
    string? Output = null);
