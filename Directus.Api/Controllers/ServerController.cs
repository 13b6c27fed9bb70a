using AutoMapper;
using Directus.Api.Contracts;
using Directus.Api.Contracts.Server;
using Directus.Api.Http;
using Directus.Api.Http.Throttling;
using Directus.Application.Server.Queries.GetServerInfo;
using Directus.Application.Server.Queries.Ping;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Directus.Api.Controllers;

[Route("server")]
public sealed class ServerController(IMediator mediator, IMapper mapper) : ControllerBase
{
    [HttpGet("ping")]
    [HttpHead("ping")]
    public async Task<IActionResult> Ping(CancellationToken cancellationToken)
    {
        var pong = await mediator.Send(PingQuery.Instance, cancellationToken);
        return new HtmlTextResult(pong);
    }

    [HttpGet("info")]
    [NoStore]
    [FailedTokenThrottle]
    public async Task<DataEnvelope<ServerInfoResponse>> Info(CancellationToken cancellationToken)
    {
        var tokens = Request.Query.AllValues(GetServerInfoQueryValidator.TokenParameter);
        var info = await mediator.Send(new GetServerInfoQuery(tokens), cancellationToken);
        return new DataEnvelope<ServerInfoResponse>(mapper.Map<ServerInfoResponse>(info));
    }
}
