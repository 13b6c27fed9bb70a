using Directus.Application.Common.Errors;
using Directus.Application.Server.Ports;
using Directus.Domain.Server;
using MediatR;

namespace Directus.Application.Server.Queries.GetHealth;

/// <summary>
/// Runs every health check. Anonymous callers learn only the overall state; with the right token the
/// answer adds the release, the service id and each check. A wrong token is refused before any check runs.
/// </summary>
public sealed class GetHealthQueryHandler(
    ISuperAdminTokenVerifier tokenVerifier,
    IHealthCheckRunner checks,
    ServiceIdentity identity) : IRequestHandler<GetHealthQuery, ServerHealth>
{
    public async Task<ServerHealth> Handle(GetHealthQuery request, CancellationToken cancellationToken)
    {
        var detailed = request.Tokens switch
        {
            [] => false,
            [var token] when tokenVerifier.IsSuperAdminToken(token) => true,
            _ => throw PermissionDeniedException.SuperAdminOnly(),
        };

        var outcomes = await checks.RunAsync(cancellationToken).ConfigureAwait(false);
        return detailed
            ? ServerHealth.Detailed(outcomes, identity.ReleaseId, identity.ServiceId)
            : ServerHealth.Anonymous(outcomes);
    }
}
