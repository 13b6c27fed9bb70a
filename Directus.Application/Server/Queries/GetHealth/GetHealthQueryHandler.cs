using Directus.Application.Server.Ports;
using Directus.Domain.Server;
using MediatR;

namespace Directus.Application.Server.Queries.GetHealth;

/// <summary>
/// Anonymous callers learn only the overall state, from the run they share (<see cref="SharedHealthRun"/>), which
/// holds only the checks that stay inside this process; with the right token (checked before the handler runs, so a
/// wrong one never starts a check) every check runs afresh, those that call Redis too, and the answer adds the
/// release, the service id and each check.
/// </summary>
public sealed class GetHealthQueryHandler(
    IHealthCheckRunner checks,
    SharedHealthRun sharedRun,
    ServiceIdentity identity) : IRequestHandler<GetHealthQuery, ServerHealth>
{
    /// <inheritdoc />
    public async Task<ServerHealth> Handle(GetHealthQuery request, CancellationToken cancellationToken)
    {
        if (request.Tokens.Count == 0)
        {
            return ServerHealth.Anonymous(await sharedRun.GetAsync().WaitAsync(cancellationToken).ConfigureAwait(false));
        }

        var outcomes = await checks.RunAsync(includeOutsideServices: true, cancellationToken).ConfigureAwait(false);
        return ServerHealth.Detailed(outcomes, identity.ReleaseId, identity.ServiceId);
    }
}
