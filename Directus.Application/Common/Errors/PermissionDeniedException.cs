namespace Directus.Application.Common.Errors;

/// <summary>Credentials were given but are not the right ones (v8 code 3).</summary>
public sealed class PermissionDeniedException(string message)
    : DirectusException(DirectusErrorCode.PermissionDenied, message)
{
    /// <summary>The refusal of a super admin request whose token does not open it, with v8's exact message.</summary>
    public static PermissionDeniedException SuperAdminOnly() => new("Permission denied: Superadmin Only");
}
