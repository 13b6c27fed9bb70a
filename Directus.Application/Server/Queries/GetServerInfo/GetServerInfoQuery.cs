using Directus.Application.Common.Security;
using Directus.Domain.Server;
using MediatR;

namespace Directus.Application.Server.Queries.GetServerInfo;

/// <param name="Tokens">Every super admin token the client presented, in order.</param>
public sealed record GetServerInfoQuery(IReadOnlyList<string> Tokens) : IRequest<ServerInfo>, ISuperAdminRequest;
