using Directus.Application.Common.Errors;

namespace Directus.Api.Errors;

/// <summary>
/// Turns an exception into the v8 envelope; unexpected ones become 500 code 0 with no detail outside Development. The
/// module's actions answer through it (<see cref="Http.DirectusAnswersAttribute"/>), and so does every route of an app
/// that opts in to <see cref="DirectusAppWide.UseDirectusErrorEnvelope"/>.
/// </summary>
public sealed partial class DirectusExceptionHandler(IHostEnvironment environment, ILogger<DirectusExceptionHandler> logger)
{
    /// <summary>Writes <paramref name="exception"/>'s envelope as the answer to <paramref name="httpContext"/>.</summary>
    public async Task WriteAsync(HttpContext httpContext, Exception exception)
    {
        if (exception is DirectusException known)
        {
            if (known is TooManyRequestsException tooMany)
            {
                httpContext.Response.Headers.RetryAfter = RetryAfterSeconds(tooMany.RetryAfter);
            }

            await ErrorEnvelopeWriter.WriteAsync(httpContext, DirectusErrors.StatusOf(known.Code), new ErrorBody((int)known.Code, known.Message));
            return;
        }

        LogUnexpected(exception, httpContext.Request.Method, httpContext.Request.Path);
        var body = DirectusErrors.ForStatus(StatusCodes.Status500InternalServerError);
        if (environment.IsDevelopment())
        {
            body = body with { Class = exception.GetType().FullName, Detail = exception.Message };
        }

        await ErrorEnvelopeWriter.WriteAsync(httpContext, StatusCodes.Status500InternalServerError, body);
    }

    /// <summary>Whole seconds, rounded up so a client that waits exactly that long is let in; never 0, which would invite a retry storm.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure answering {Method} {Path}")]
    private partial void LogUnexpected(Exception exception, string method, PathString path);
}
