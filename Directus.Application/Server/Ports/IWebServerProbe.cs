namespace Directus.Application.Server.Ports;

public interface IWebServerProbe
{
    /// <summary>The web server serving requests, as <c>name/version</c>.</summary>
    string GetSoftware();
}
