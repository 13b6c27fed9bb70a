using MediatR;

namespace Directus.Application.Server.Queries.Ping;

public sealed class PingQueryHandler : IRequestHandler<PingQuery, string>
{
    public const string Pong = "pong";

    private static readonly Task<string> PongTask = Task.FromResult(Pong);

    public Task<string> Handle(PingQuery request, CancellationToken cancellationToken) => PongTask;
}
