using Directus.Domain.Server;
using MediatR;

namespace Directus.Application.Server.Queries.GetHealth;

/// <param name="Tokens">Every value the client sent for <c>super_admin_token</c>, in order; none for the anonymous answer.</param>
public sealed record GetHealthQuery(IReadOnlyList<string> Tokens) : IRequest<ServerHealth>;
