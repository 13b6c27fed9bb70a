using MediatR;

namespace Directus.Application.Server.Queries.Ping;

/// <summary>Answers every <see cref="PingQuery"/> with <see cref="Pong"/>.</summary>
public sealed class PingQueryHandler : IRequestHandler<PingQuery, string>
{
    /// <summary>The body of every ping answer.</summary>
    public const string Pong = "pong";

    private static readonly Task<string> PongTask = Task.FromResult(Pong);

    /// <inheritdoc />
    public Task<string> Handle(PingQuery request, CancellationToken cancellationToken) => PongTask;
}
