using Microsoft.AspNetCore.Http.Features;

namespace Directus.Api.Http;

/// <summary>
/// A HEAD request gets the status and headers its GET would get, and no body: whatever an endpoint or the error
/// handler writes is dropped here. Kestrel drops it on the wire anyway; doing it in the pipeline makes every host
/// (the in-memory test server too) answer HEAD the same way, so tests see what clients see.
/// </summary>
public static class HeadWithoutBody
{
    /// <summary>Adds the middleware; put it before the error handlers, so that their envelopes are dropped too.</summary>
    public static IApplicationBuilder UseHeadWithoutBody(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
            try
            {
                await next(context);
            }
            finally
            {
                context.Features.Set(body);
            }
        });
}
