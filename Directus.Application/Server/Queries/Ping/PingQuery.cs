using MediatR;

namespace Directus.Application.Server.Queries.Ping;

/// <summary>The liveness probe: no input, always answered.</summary>
public sealed record PingQuery : IRequest<string>
{
    /// <summary>The one ping query: it carries nothing, so every ping sends the same object.</summary>
    public static PingQuery Instance { get; } = new();
}
