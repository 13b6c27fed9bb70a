using System.Diagnostics;
using Directus.Domain.Server;
using Directus.Infrastructure.Security;

namespace Directus.Infrastructure.Health;

/// <summary>
/// The super admin token is configured and its file, if it comes from one, is readable as it is on disk now.
/// An edit the server refused (it keeps the last good token) is a warning that says what a restart would do:
/// generate a new token where the file was removed, refuse to start otherwise.
/// </summary>
public sealed class SuperAdminTokenHealthCheck(SuperAdminTokenStore tokens) : DirectusHealthCheck
{
    /// <inheritdoc />
    public override Task<HealthObservation> ObserveAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var state = tokens.GetState();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var output = Output(state);
        return Task.FromResult(new HealthObservation(
            "component",
            output is null ? HealthState.Ok : HealthState.Warn,
            Math.Round(elapsed, 3),
            "ms",
            Output: output));
    }

    private static string? Output(SuperAdminTokenStore.TokenState state) => state switch
    {
        { RejectedFileProblem: null } => null,
        { RejectedFileIsGone: true } =>
            $"The token file {state.RejectedFileProblem}; the last good token stays in use until a new file is written, and a restart would generate a new token in that file",
        _ => $"The token file {state.RejectedFileProblem}; the last good token stays in use until it is fixed, and a restart would be refused",
    };
}
