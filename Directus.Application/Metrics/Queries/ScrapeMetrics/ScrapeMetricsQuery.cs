using Directus.Application.Common.Security;
using MediatR;

namespace Directus.Application.Metrics.Queries.ScrapeMetrics;

/// <summary>
/// May this client read the metrics? The pipeline answers: the super admin token or a scrape token opens it, anything
/// else is the usual 422/401. The exposition itself is the exporter's, written at the edge once this request passes.
/// </summary>
/// <param name="Tokens">Every token presented: query, <c>Authorization: Bearer</c> or <c>Authorization: Metrics</c>.</param>
public sealed record ScrapeMetricsQuery(IReadOnlyList<string> Tokens) : IRequest, ISuperAdminRequest<ScrapeMetricsQuery>
{
    /// <inheritdoc />
    public bool AcceptsMetricsToken => true;

    /// <inheritdoc />
    public static ScrapeMetricsQuery FromTokens(IReadOnlyList<string> tokens) => new(tokens);
}
