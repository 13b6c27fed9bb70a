using Directus.Application.Common.Security;
using Directus.Domain.Server;
using MediatR;

namespace Directus.Application.Server.Queries.GetHealth;

/// <param name="Tokens">Every super admin token the client presented, in order; none for the anonymous answer.</param>
public sealed record GetHealthQuery(IReadOnlyList<string> Tokens) : IRequest<ServerHealth>, ISuperAdminRequest
{
    public bool IsTokenOptional => true;
}
