namespace Directus.Application.Server.Ports;

/// <summary>Names the web server for <c>/server/info</c>'s <c>data.server.type</c>.</summary>
public interface IWebServerProbe
{
    /// <summary>The web server serving requests, as <c>name/version</c>.</summary>
    string GetSoftware();
}
