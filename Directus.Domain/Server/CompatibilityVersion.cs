namespace Directus.Domain.Server;

/// <summary>The Directus API release whose wire contract this server implements.</summary>
public static class CompatibilityVersion
{
    public const string Directus = "8.8.1";
}
