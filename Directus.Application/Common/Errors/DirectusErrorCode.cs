namespace Directus.Application.Common.Errors;

/// <summary>Directus v8 error codes, as clients read them from <c>error.code</c>.</summary>
public enum DirectusErrorCode
{
    /// <summary>An unexpected server failure (HTTP 500 and other 5xx).</summary>
    InternalError = 0,
    /// <summary>The route or resource does not exist (HTTP 404).</summary>
    NotFound = 1,
    /// <summary>A malformed request the framework refused (HTTP 400 and other unlisted 4xx).</summary>
    BadRequest = 2,
    /// <summary>Credentials were given but are not the right ones (HTTP 401).</summary>
    PermissionDenied = 3,
    /// <summary>The request failed validation (HTTP 422).</summary>
    InvalidPayload = 4,
    /// <summary>The route exists but not for this HTTP method (HTTP 405).</summary>
    MethodNotAllowed = 6,
    /// <summary>The client is throttled and must wait (HTTP 429 with Retry-After).</summary>
    TooManyRequests = 7,
}
