using Directus.Application.Configuration;
using Directus.Application.Server.Ports;
using Directus.Domain.Server;
using Microsoft.Extensions.Options;

namespace Directus.Application.Server.Queries.GetHealth;

/// <summary>
/// The checks as anonymous callers see them. Anyone may call /server/health, and each run writes and deletes a file
/// in every storage folder, so a flood of anonymous calls shares one run: calls while a run is going on wait for it,
/// and its result is reused until <see cref="HealthReportOptions.AnonymousResultLifetime"/> after it started. At most
/// one run per lifetime, however many calls. The super admin always gets a fresh run.
/// </summary>
public sealed class SharedHealthRun(IHealthCheckRunner checks, IOptions<HealthReportOptions> options, TimeProvider time)
{
    private readonly TimeSpan _lifetime = options.Value.AnonymousResultLifetime;
    private readonly Lock _gate = new();
    private Task<IReadOnlyList<HealthCheckOutcome>>? _run;
    private long _startedAt;

    /// <summary>The current run's outcomes: the one going on or still fresh, otherwise a new run started now.</summary>
    public Task<IReadOnlyList<HealthCheckOutcome>> GetAsync()
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            if (_run is null || (_run.IsCompleted && time.GetElapsedTime(_startedAt, now) >= _lifetime))
            {
                _startedAt = now;
                // Not the first caller's cancellation: the run is everyone's, and the checks bound their own time.
                _run = checks.RunAsync(includeOutsideServices: false, CancellationToken.None);
            }

            return _run;
        }
    }
}
