using Directus.Api.Cors;
using Directus.Api.Errors;
using Directus.Api.Http;
using Directus.Api.Proxies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Directus.Api;

/// <summary>
/// What the Server module can do for every route of the app, each a separate opt-in: the module's own endpoints behave
/// by the contract without any of them. The standalone server opts in to all four; a host picks what it wants.
/// </summary>
public static class DirectusAppWide
{
    /// <summary>
    /// Every error of every route as the v8 envelope <c>{"error":{"code":N,"message":"…"}}</c>: unhandled exceptions
    /// (500 code 0, no detail outside Development) and every bodiless error status (404 code 1, 405 code 6 with
    /// <c>Allow</c>, 401 from the host's authentication…). Place it early, before the endpoints it should cover.
    /// </summary>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IApplicationBuilder UseDirectusErrorEnvelope(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var errors = app.ApplicationServices.GetRequiredService<DirectusExceptionHandler>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => errors.WriteAsync(
                context, context.Features.Get<IExceptionHandlerFeature>()?.Error ?? new InvalidOperationException("The exception handler ran without an exception")),
        });
        return app.UseStatusCodePages(context =>
        {
            var status = context.HttpContext.Response.StatusCode;
            return ErrorEnvelopeWriter.WriteAsync(context.HttpContext, status, DirectusErrors.ForStatus(status));
        });
    }

    /// <summary><c>X-Content-Type-Options: nosniff</c> on every response of every route.</summary>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IApplicationBuilder UseDirectusSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            SecurityHeaders.Apply(context.Response);
            return next(context);
        });

    /// <summary>
    /// Believes <c>X-Forwarded-For</c> from the proxies <c>Directus:ForwardedHeaders</c> lists, and from no one when it
    /// lists none (then the middleware is left out, since the framework's would believe every sender). Place it first,
    /// so that everything after it (the failed-token throttle, logging) sees the client a trusted proxy named.
    /// </summary>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IApplicationBuilder UseDirectusForwardedHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var trust = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersTrustOptions>>();
        return app.UseOnlyWhen(() => trust.Value.TrustsAnyProxy, branch => branch.UseForwardedHeaders(trust.Value.ToFrameworkOptions()));
    }

    /// <summary>The module's CORS policy (<c>Directus:Cors</c>) for every route, preflights included. Place it after <c>UseRouting()</c>.</summary>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IApplicationBuilder UseDirectusCors(this IApplicationBuilder app) => app.UseCors(DirectusCorsPolicy.Name);

    /// <summary>
    /// Adds middleware only when <paramref name="isWanted"/> says so, deciding when the pipeline is built at start-up
    /// (after the settings were validated), so a switched-off feature costs requests nothing.
    /// </summary>
    internal static IApplicationBuilder UseOnlyWhen(this IApplicationBuilder app, Func<bool> isWanted, Action<IApplicationBuilder> configure) =>
        app.Use(next =>
        {
            if (!isWanted())
            {
                return next;
            }

            var branch = app.New();
            configure(branch);
            branch.Run(next);
            return branch.Build();
        });
}
