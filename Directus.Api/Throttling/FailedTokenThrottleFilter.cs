using Directus.Application.Common.Errors;
using Directus.Application.Common.Security;
using Directus.Application.Common.Throttling;
using Directus.Infrastructure.Throttling;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Directus.Api.Throttling;

/// <summary>
/// Before the action: refuses a client that has no failures left in its window. After it: counts the outcome as a
/// failure when the action ended in a bad token (401 code 3 or 422 code 4). Errors travel as exceptions to the one
/// error handler, which writes the envelope and the <c>Retry-After</c> header. Both are also counted as metrics.
/// </summary>
public sealed partial class FailedTokenThrottleFilter(
    IFailedAttemptStore store,
    TokenAttemptMetrics metrics,
    IOptions<ThrottleOptions> options,
    ILogger<FailedTokenThrottleFilter> logger) : IAsyncActionFilter
{
    private readonly ThrottleOptions _throttle = options.Value;

    /// <inheritdoc />
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var route = context.ActionDescriptor.AttributeRouteInfo?.Template ?? string.Empty;
        // An anonymous call where the request allows one (the status-only /server/health) is neither refused nor counted.
        var request = context.ActionArguments.Values.OfType<ISuperAdminRequest>().Single();
        var guarded = _throttle.Enabled && !(request.IsTokenOptional && request.Tokens.Count == 0);
        var remote = context.HttpContext.Connection.RemoteIpAddress;
        var client = ClientPartition.Of(remote, _throttle.IPv6PrefixLength);
        if (guarded && await store.RetryAfterAsync(client) is { } retryAfter)
        {
            metrics.Refused(route);
            throw new TooManyRequestsException(retryAfter);
        }

        var executed = await next();
        if (executed.Exception is not DirectusException { Code: DirectusErrorCode.PermissionDenied or DirectusErrorCode.InvalidPayload } failure
            || executed.ExceptionHandled)
        {
            return;
        }

        metrics.Failed(route, failure);
        if (guarded && await store.RecordFailureAsync(client))
        {
            LogThrottled(ClientPartition.Describe(remote, _throttle.IPv6PrefixLength), _throttle.PermitLimit, _throttle.Window);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Client {Client} failed the token {PermitLimit} times within {Window}; refusing it until that window ends")]
    private partial void LogThrottled(string client, int permitLimit, TimeSpan window);
}
