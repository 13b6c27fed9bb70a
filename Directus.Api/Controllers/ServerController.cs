using AutoMapper;
using Directus.Api.Contracts;
using Directus.Api.Contracts.Server;
using Directus.Api.Http;
using Directus.Application.Server.Queries.GetHealth;
using Directus.Application.Server.Queries.GetServerInfo;
using Directus.Application.Server.Queries.Ping;
using Directus.Domain.Server;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Directus.Api.Controllers;

/// <summary>The Server endpoints of Directus v8 (<c>/server/ping</c>, <c>/server/info</c>) and Directus 11's <c>/server/health</c>.</summary>
[Route("server")]
[Tags("Server")]
// The actions read HttpContext.RequestAborted rather than take a CancellationToken parameter: MVC binds each parameter
// through its model binding machinery on every request, and the token needs none of it.
public sealed class ServerController(IMediator mediator, IMapper mapper) : DirectusController
{
    /// <summary>
    /// <c>GET|HEAD /server/ping</c>, mapped by <see cref="DirectusServerEndpoints.MapDirectusServer"/> as a route endpoint rather than an MVC action:
    /// load balancers call it constantly, and the action invoker's per-request work is most of what separates it
    /// from a bare endpoint (docs/adr/0005). It still goes through MediatR like every other use case.
    /// </summary>
    [NonAction]
    public static async Task Ping(HttpContext context, IMediator mediator)
    {
        var pong = await mediator.Send(PingQuery.Instance, context.RequestAborted);
        await HtmlText.WriteAsync(context, pong);
    }

    /// <summary><c>GET /server/info</c>: the query carries every token presented; the pipeline checks it before the handler.</summary>
    [HttpGet("info")]
    [NoStore]
    [EndpointSummary("The server, runtime and storage facts (super admin)")]
    [EndpointDescription("What the v8 admin app's requirements screen reads, measured from the running process and machine.")]
    [ProducesResponseType<DataEnvelope<ServerInfoResponse>>(StatusCodes.Status200OK, JsonContentTypes.MediaType)]
    public async Task<DataEnvelope<ServerInfoResponse>> Info(GetServerInfoQuery query)
    {
        var info = await mediator.Send(query, HttpContext.RequestAborted);
        return new DataEnvelope<ServerInfoResponse>(mapper.Map<ServerInfoResponse>(info));
    }

    /// <summary><c>GET|HEAD /server/health</c>: the overall status for anyone, every check for the super admin.</summary>
    [HttpGet("health")]
    [HttpHead("health")] // load balancers probe with HEAD: the same status and headers, no body (HeadWithoutBody)
    [NoStore]
    [EndpointSummary("Health in Directus 11's format")]
    [EndpointDescription("Anonymous callers get the overall status only; with the super admin token the answer adds releaseId, serviceId and every check. 503 when any check fails or the server is shutting down. HEAD answers the same status and headers without the body.")]
    [ProducesResponseType<HealthResponse>(StatusCodes.Status200OK, JsonContentTypes.HealthMediaType)]
    [ProducesResponseType<HealthResponse>(StatusCodes.Status503ServiceUnavailable, JsonContentTypes.HealthMediaType)]
    public async Task<ObjectResult> Health(GetHealthQuery query)
    {
        var health = await mediator.Send(query, HttpContext.RequestAborted);
        return new ObjectResult(mapper.Map<HealthResponse>(health))
        {
            ContentTypes = { JsonContentTypes.HealthJson },
            StatusCode = health.Status == HealthState.Error ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK,
        };
    }
}
