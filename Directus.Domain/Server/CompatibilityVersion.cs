namespace Directus.Domain.Server;

/// <summary>The Directus API release whose wire contract this server implements.</summary>
public static class CompatibilityVersion
{
    /// <summary>The version string: <c>data.directus</c> in <c>/server/info</c> and the OpenAPI document's version.</summary>
    public const string Directus = "8.8.1";
}
