namespace Directus.Api.OpenApi;

/// <summary>
/// Documents the <c>super_admin_token</c> query parameter of an action that reads it itself (to see every
/// value of a repeated parameter, which model binding would hide). <see cref="SuperAdminTokenOperationTransformer"/> adds it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SuperAdminTokenParameterAttribute : Attribute
{
    public bool Required { get; init; }
}
