using Directus.Domain.Server;
using MediatR;

namespace Directus.Application.Server.Queries.GetServerInfo;

/// <param name="Tokens">Every value the client sent for <c>super_admin_token</c>, in order.</param>
public sealed record GetServerInfoQuery(IReadOnlyList<string> Tokens) : IRequest<ServerInfo>;
