namespace Directus.Api;

/// <summary>Endpoint metadata marking the Server module's own endpoints (ping, info, health, the document, metrics).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class DirectusServerEndpointAttribute : Attribute;
