using Directus.Application.Common.Errors;
using Directus.Application.Common.Security;
using Directus.Application.Metrics.Ports;
using Directus.Application.Server.Ports;
using MediatR;

namespace Directus.Application.Common.Behaviours;

/// <summary>
/// Decides "is this the super admin" for every <see cref="ISuperAdminRequest"/>, after validation: a presented token
/// that is not the configured one (compared in fixed time by the verifier) is a 401 code 3 before the handler runs.
/// A request that accepts a metrics scrape token is also opened by one of those.
/// </summary>
public sealed class SuperAdminBehaviour<TRequest, TResponse>(ISuperAdminTokenVerifier verifier, IMetricsTokenVerifier metricsTokens)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : ISuperAdminRequest
{
    /// <inheritdoc />
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        // Validation ran first; the cases it refuses are refused here too, so no request reaches its handler unchecked.
        var allowed = request.Tokens switch
        {
            [] => request.IsTokenOptional,
            [var token] => verifier.IsSuperAdminToken(token) || (request.AcceptsMetricsToken && metricsTokens.IsMetricsToken(token)),
            _ => false,
        };
        return allowed ? next() : throw PermissionDeniedException.SuperAdminOnly();
    }
}
