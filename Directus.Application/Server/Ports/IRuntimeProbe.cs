using Directus.Domain.Server;

namespace Directus.Application.Server.Ports;

/// <summary>The runtime that plays PHP's role: its version and the capabilities that stand in for PHP extensions.</summary>
public interface IRuntimeProbe
{
    string GetVersion();

    RuntimeCapabilities GetCapabilities();
}
