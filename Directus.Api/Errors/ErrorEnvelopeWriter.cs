using System.Text.Json;
using Directus.Api.Http;

namespace Directus.Api.Errors;

/// <summary>Writes the v8 error envelope as a response, outside MVC.</summary>
public static class ErrorEnvelopeWriter
{
    /// <summary>Answers with <paramref name="status"/> and <paramref name="body"/> in its envelope, as JSON with the security headers.</summary>
    public static Task WriteAsync(HttpContext context, int status, ErrorBody body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = JsonContentTypes.Json;
        SecurityHeaders.Apply(response);
        return JsonSerializer.SerializeAsync(response.Body, new ErrorEnvelope(body), ApiJsonContext.Relaxed.ErrorEnvelope, context.RequestAborted);
    }
}
