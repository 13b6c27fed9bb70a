namespace Directus.Application.Common.Telemetry;

/// <summary>
/// The server's own meter. Each layer creates its instruments on it where the event happens, through the framework's
/// <c>IMeterFactory</c> (which hands every layer the same meter), so no layer depends on a metrics vendor.
/// </summary>
public static class DirectusMeter
{
    /// <summary>The meter name to create instruments on and to export (<c>Directus.Server</c>).</summary>
    public const string Name = "Directus.Server";
}
