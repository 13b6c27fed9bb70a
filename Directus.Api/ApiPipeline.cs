using Directus.Api.Errors;
using Directus.Api.Http;
using Directus.Api.OpenApi;
using Directus.Infrastructure.Startup;

namespace Directus.Api;

public static class ApiPipeline
{
    /// <summary>The middleware, outermost first.</summary>
    public static WebApplication UseDirectusApi(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            SecurityHeaders.Apply(context.Response);
            return next(context);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Reached only if the registered IExceptionHandler declines, which it never does.
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
        app.MapControllers();
        app.MapOpenApi(); // OpenApiSetup.DocumentPath
        return app;
    }

    /// <summary>Runs until shutdown; a start-up refused for a stated reason (already logged) exits with 1, not a crash.</summary>
    public static async Task<int> RunDirectusAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception exception) when (IsRefusal(exception))
        {
            return 1;
        }
    }

    private static bool IsRefusal(Exception exception) =>
        exception is StartupRefusedException
        || (exception is AggregateException aggregate && aggregate.InnerExceptions.Any(IsRefusal));
}
