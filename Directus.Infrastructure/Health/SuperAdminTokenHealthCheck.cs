using System.Diagnostics;
using Directus.Domain.Server;
using Directus.Infrastructure.Security;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Directus.Infrastructure.Health;

/// <summary>
/// The super admin token is configured and its file, if it comes from one, is readable as it is on disk now.
/// An edit the server refused (it keeps the last good token) is a warning: the next restart would fail.
/// </summary>
public sealed class SuperAdminTokenHealthCheck(SuperAdminTokenStore tokens) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var state = tokens.Inspect();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var output = state.RejectedFileProblem is { } problem
            ? $"The token file {problem}; the last good token stays in use until it is fixed, and a restart would be refused"
            : null;
        return Task.FromResult(HealthObservationData.Result(new HealthObservation(
            "component",
            output is null ? HealthState.Ok : HealthState.Warn,
            Math.Round(elapsed, 3),
            "ms",
            Output: output)));
    }
}
