using Directus.Application.Server.Ports;
using Directus.Domain.Server;
using MediatR;

namespace Directus.Application.Server.Queries.GetHealth;

/// <summary>
/// Runs the health checks. Anonymous callers learn only the overall state, from the checks that stay inside this
/// process; with the right token (checked before the handler runs, so a wrong one never starts a check) every check
/// runs, those that call Redis too, and the answer adds the release, the service id and each check.
/// </summary>
public sealed class GetHealthQueryHandler(
    IHealthCheckRunner checks,
    ServiceIdentity identity) : IRequestHandler<GetHealthQuery, ServerHealth>
{
    public async Task<ServerHealth> Handle(GetHealthQuery request, CancellationToken cancellationToken)
    {
        var superAdmin = request.Tokens.Count > 0;
        var outcomes = await checks.RunAsync(includeOutsideServices: superAdmin, cancellationToken).ConfigureAwait(false);
        return superAdmin
            ? ServerHealth.Detailed(outcomes, identity.ReleaseId, identity.ServiceId)
            : ServerHealth.Anonymous(outcomes);
    }
}
