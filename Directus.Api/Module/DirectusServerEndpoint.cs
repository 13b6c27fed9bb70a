namespace Directus.Api;

/// <summary>Endpoint metadata marking the Server module's own endpoints (ping, info, health, the document, metrics).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class DirectusServerEndpointAttribute : Attribute
{
    /// <summary>Whether <paramref name="metadata"/>, an endpoint's, marks one of the module's endpoints.</summary>
    public static bool IsOn(IEnumerable<object> metadata) => metadata.OfType<DirectusServerEndpointAttribute>().Any();
}
