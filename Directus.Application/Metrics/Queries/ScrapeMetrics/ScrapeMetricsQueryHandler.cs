using MediatR;

namespace Directus.Application.Metrics.Queries.ScrapeMetrics;

/// <summary>Reached only once the token was accepted; nothing is left to decide.</summary>
public sealed class ScrapeMetricsQueryHandler : IRequestHandler<ScrapeMetricsQuery>
{
    /// <inheritdoc />
    public Task<Unit> Handle(ScrapeMetricsQuery request, CancellationToken cancellationToken) => Unit.Task;
}
