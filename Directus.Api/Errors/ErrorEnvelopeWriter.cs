using System.Text.Json;
using Directus.Api.Http;

namespace Directus.Api.Errors;

public static class ErrorEnvelopeWriter
{
    public static Task WriteAsync(HttpContext context, int status, ErrorBody body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = JsonContentTypes.Json;
        SecurityHeaders.Apply(response);
        return JsonSerializer.SerializeAsync(response.Body, new ErrorEnvelope(body), ApiJsonContext.Relaxed.ErrorEnvelope, context.RequestAborted);
    }
}
