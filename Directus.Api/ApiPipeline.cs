using Directus.Api.Controllers;
using Directus.Api.Errors;
using Directus.Api.Http;
using Directus.Api.HttpLogging;
using Directus.Api.OpenApi;
using Directus.Api.Proxies;
using Microsoft.Extensions.Options;

namespace Directus.Api;

public static class ApiPipeline
{
    /// <summary>The middleware, outermost first.</summary>
    public static WebApplication UseDirectusApi(this WebApplication app)
    {
        LeaveOutFrameworkAuthentication(app);
        // First, so that everything after it (the throttle, HTTP logging) sees the client a trusted proxy named.
        app.UseOnlyWhen<ForwardedHeadersTrustOptions>(trust => trust.TrustsAnyProxy, branch => branch.UseForwardedHeaders());
        app.UseOnlyWhen<HttpLoggingSwitchOptions>(logging => logging.Enabled, branch => branch.UseHttpLogging());
        app.Use((context, next) =>
        {
            SecurityHeaders.Apply(context.Response);
            return next(context);
        });
        app.UseHeadWithoutBody(); // before the error handlers, whose envelopes it drops too
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // The middleware refuses to start without a handler of its own (or a path, or AddProblemDetails) even when an
            // IExceptionHandler is registered (dotnet/aspnetcore#51888). DirectusExceptionHandler answers every exception,
            // so this runs only if it ever declined one.
            ExceptionHandler = context => ErrorEnvelopeWriter.WriteAsync(
                context, StatusCodes.Status500InternalServerError, DirectusErrors.ForStatus(StatusCodes.Status500InternalServerError)),
        });
        app.UseStatusCodePages(context =>
        {
            var status = context.HttpContext.Response.StatusCode;
            return ErrorEnvelopeWriter.WriteAsync(context.HttpContext, status, DirectusErrors.ForStatus(status));
        });
        app.UseApiReferencePage();
        app.UseRouting();
        app.UseCors();
        app.MapMethods("/server/ping", [HttpMethods.Get, HttpMethods.Head], ServerController.Ping)
            .WithTags("Server")
            .WithSummary("Liveness: answers pong")
            .WithDescription("The cheapest request the server answers: no authentication, no disk, no configuration. Any query string is ignored.")
            .Produces<string>(StatusCodes.Status200OK, HtmlText.MediaType);
        app.MapControllers();
        app.MapDirectusOpenApi();
        return app;
    }

    /// <summary>
    /// No endpoint uses ASP.NET Core's authentication or authorization: the super admin check is a MediatR behaviour.
    /// MVC registers their services all the same, and WebApplication then adds both middlewares in front of every
    /// request unless the app placed them itself, which it records under these keys. Marking them placed keeps them
    /// out (they cost each request a scoped service lookup and start-up their construction). An endpoint that did
    /// carry authorization metadata fails closed: the endpoint middleware refuses it without the authorization middleware.
    /// </summary>
    private static void LeaveOutFrameworkAuthentication(IApplicationBuilder app)
    {
        app.Properties["__AuthenticationMiddlewareSet"] = true;
        app.Properties["__AuthorizationMiddlewareSet"] = true;
    }

    /// <summary>
    /// Adds middleware only when the options ask for it, deciding when the pipeline is built at start-up (after
    /// the options were validated), so a switched-off feature costs requests nothing.
    /// </summary>
    private static void UseOnlyWhen<TSettings>(this IApplicationBuilder app, Func<TSettings, bool> isWanted, Action<IApplicationBuilder> configure)
        where TSettings : class
    {
        app.Use(next =>
        {
            if (!isWanted(app.ApplicationServices.GetRequiredService<IOptions<TSettings>>().Value))
            {
                return next;
            }

            var branch = app.New();
            configure(branch);
            branch.Run(next);
            return branch.Build();
        });
    }
}
