using Directus.Api.Http;
using Directus.Api.Metrics;
using Directus.Application.Metrics.Queries.ScrapeMetrics;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Directus.Api.Controllers;

/// <summary><c>GET /metrics</c>, present only while <c>Directus:Metrics:Enabled</c> is on (<see cref="MetricsSwitch"/>).</summary>
[Route("metrics")]
[Tags("Metrics")]
public sealed class MetricsController(IMediator mediator, MetricsExposition exposition) : DirectusController
{
    /// <summary><c>GET /metrics</c>: the query carries every token presented, a scrape token included.</summary>
    [HttpGet("")]
    [NoStore]
    [EndpointSummary("Prometheus metrics (a metrics token or the super admin token)")]
    [EndpointDescription("The Prometheus text exposition of the server's own meter, ASP.NET Core's and Kestrel's instruments and the .NET runtime's. Send Authorization: Metrics <token> with one of Directus:Metrics:Tokens, or the super admin token.")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, MetricsSwitch.TextExpositionMediaType)]
    public async Task<IActionResult> Scrape(ScrapeMetricsQuery query)
    {
        await mediator.Send(query, HttpContext.RequestAborted);
        return exposition; // a result, so the result filters (no-store) run before the exporter writes
    }
}
