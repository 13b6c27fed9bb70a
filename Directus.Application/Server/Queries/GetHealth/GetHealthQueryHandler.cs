using Directus.Application.Server.Ports;
using Directus.Domain.Server;
using MediatR;

namespace Directus.Application.Server.Queries.GetHealth;

/// <summary>
/// Runs every health check. Anonymous callers learn only the overall state; with the right token (checked before
/// the handler runs, so a wrong one never starts a check) the answer adds the release, the service id and each check.
/// </summary>
public sealed class GetHealthQueryHandler(
    IHealthCheckRunner checks,
    ServiceIdentity identity) : IRequestHandler<GetHealthQuery, ServerHealth>
{
    public async Task<ServerHealth> Handle(GetHealthQuery request, CancellationToken cancellationToken)
    {
        var outcomes = await checks.RunAsync(cancellationToken).ConfigureAwait(false);
        return request.Tokens.Count > 0
            ? ServerHealth.Detailed(outcomes, identity.ReleaseId, identity.ServiceId)
            : ServerHealth.Anonymous(outcomes);
    }
}
