using Directus.Application.Common.Errors;
using Microsoft.AspNetCore.WebUtilities;

namespace Directus.Api.Errors;

/// <summary>The one table between Directus error codes and HTTP statuses.</summary>
public static class DirectusErrors
{
    /// <summary>The HTTP status a <see cref="DirectusErrorCode"/> is answered with; an unlisted code is 500.</summary>
    public static int StatusOf(DirectusErrorCode code) => code switch
    {
        DirectusErrorCode.NotFound => StatusCodes.Status404NotFound,
        DirectusErrorCode.BadRequest => StatusCodes.Status400BadRequest,
        DirectusErrorCode.PermissionDenied => StatusCodes.Status401Unauthorized,
        DirectusErrorCode.InvalidPayload => StatusCodes.Status422UnprocessableEntity,
        DirectusErrorCode.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        DirectusErrorCode.TooManyRequests => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The envelope for an error status that nothing else described (routing's 404/405, the framework's own 4xx).</summary>
    public static ErrorBody ForStatus(int status) => status switch
    {
        StatusCodes.Status404NotFound => new((int)DirectusErrorCode.NotFound, "Not Found"),
        StatusCodes.Status405MethodNotAllowed => new((int)DirectusErrorCode.MethodNotAllowed, "Method Not Allowed"),
        StatusCodes.Status429TooManyRequests => new((int)DirectusErrorCode.TooManyRequests, "Too Many Requests"),
        >= 500 => new((int)DirectusErrorCode.InternalError, ReasonPhrases.GetReasonPhrase(status)),
        _ => new((int)DirectusErrorCode.BadRequest, ReasonPhrases.GetReasonPhrase(status)),
    };
}
