namespace Directus.Domain.Server;

/// <summary>The state of one health check and of the whole server, in Directus 11's three steps.</summary>
public enum HealthState
{
    /// <summary>Healthy; Directus writes it <c>ok</c> (HTTP 200).</summary>
    Ok,
    /// <summary>Working, but something needs attention; <c>warn</c> (still HTTP 200).</summary>
    Warn,
    /// <summary>Not working; <c>error</c> (HTTP 503 when it is the overall status).</summary>
    Error,
}
