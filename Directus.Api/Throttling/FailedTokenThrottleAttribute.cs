using Microsoft.AspNetCore.Mvc.Filters;

namespace Directus.Api.Throttling;

/// <summary>
/// Puts an action under the failed-token throttle: a client that failed its token too often in the window gets
/// 429 code 7 with <c>Retry-After</c> from this action, whatever token it sends now. See <see cref="FailedTokenThrottleFilter"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class FailedTokenThrottleAttribute : Attribute, IFilterFactory
{
    /// <inheritdoc />
    public bool IsReusable => true;

    /// <inheritdoc />
    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        ActivatorUtilities.CreateInstance<FailedTokenThrottleFilter>(serviceProvider);
}
