using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace Directus.Api.Http;

/// <summary>Marks an answer that must never be cached (it holds live machine facts for the super admin).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class NoStoreAttribute : ResultFilterAttribute
{
    /// <inheritdoc />
    public override void OnResultExecuting(ResultExecutingContext context)
    {
        context.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
    }
}
