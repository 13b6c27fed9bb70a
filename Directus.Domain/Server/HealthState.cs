namespace Directus.Domain.Server;

/// <summary>The state of one health check and of the whole server, in Directus 11's three steps.</summary>
public enum HealthState
{
    Ok,
    Warn,
    Error,
}
