namespace Directus.Application.Common.Errors;

/// <summary>Directus v8 error codes, as clients read them from <c>error.code</c>.</summary>
public enum DirectusErrorCode
{
    InternalError = 0,
    NotFound = 1,
    BadRequest = 2,
    PermissionDenied = 3,
    InvalidPayload = 4,
    MethodNotAllowed = 6,
    TooManyRequests = 7,
}
