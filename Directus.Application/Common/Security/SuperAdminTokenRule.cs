namespace Directus.Application.Common.Security;

/// <summary>The contract's name for the token and its two validation messages (422 code 4).</summary>
public static class SuperAdminTokenRule
{
    public const string Parameter = "super_admin_token";

    public const string NotSingleMessage = "This value should be a single value.";

    public const string BlankMessage = "This value should not be blank.";
}
