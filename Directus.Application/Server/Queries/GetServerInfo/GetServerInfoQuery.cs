using Directus.Application.Common.Security;
using Directus.Domain.Server;
using MediatR;

namespace Directus.Application.Server.Queries.GetServerInfo;

/// <summary>What the server runs on, for the super admin (<c>GET /server/info</c>).</summary>
/// <param name="Tokens">Every super admin token the client presented, in order.</param>
public sealed record GetServerInfoQuery(IReadOnlyList<string> Tokens) : IRequest<ServerInfo>, ISuperAdminRequest<GetServerInfoQuery>
{
    /// <inheritdoc />
    public static GetServerInfoQuery FromTokens(IReadOnlyList<string> tokens) => new(tokens);
}
