namespace Directus.Application.Common.Errors;

/// <summary>Credentials were given but are not the right ones (v8 code 3).</summary>
public sealed class PermissionDeniedException(string message)
    : DirectusException(DirectusErrorCode.PermissionDenied, message)
{
    public static PermissionDeniedException SuperAdminOnly() => new("Permission denied: Superadmin Only");
}
