using Directus.Application.Common.Security;
using Directus.Domain.Server;
using MediatR;

namespace Directus.Application.Server.Queries.GetHealth;

/// <summary>The server's health (<c>GET /server/health</c>): the overall state for anyone, every check for the super admin.</summary>
/// <param name="Tokens">Every super admin token the client presented, in order; none for the anonymous answer.</param>
public sealed record GetHealthQuery(IReadOnlyList<string> Tokens) : IRequest<ServerHealth>, ISuperAdminRequest<GetHealthQuery>
{
    /// <inheritdoc />
    public bool IsTokenOptional => true;

    /// <inheritdoc />
    public static GetHealthQuery FromTokens(IReadOnlyList<string> tokens) => new(tokens);
}
