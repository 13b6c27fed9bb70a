using MediatR;

namespace Directus.Application.Server.Queries.Ping;

/// <summary>The liveness probe: no input, always answered.</summary>
public sealed record PingQuery : IRequest<string>
{
    public static PingQuery Instance { get; } = new();
}
