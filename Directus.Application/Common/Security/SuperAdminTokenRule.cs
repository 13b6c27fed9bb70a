namespace Directus.Application.Common.Security;

/// <summary>The contract's name for the token and its two validation messages (422 code 4).</summary>
public static class SuperAdminTokenRule
{
    /// <summary>The query parameter that carries the token, also the property name in validation messages.</summary>
    public const string Parameter = "super_admin_token";

    /// <summary>The message when the token is presented more than once.</summary>
    public const string NotSingleMessage = "This value should be a single value.";

    /// <summary>The message when the token is blank or missing.</summary>
    public const string BlankMessage = "This value should not be blank.";
}
