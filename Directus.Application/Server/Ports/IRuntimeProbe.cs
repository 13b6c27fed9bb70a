using Directus.Domain.Server;

namespace Directus.Application.Server.Ports;

/// <summary>The runtime that plays PHP's role: its version and the capabilities that stand in for PHP extensions.</summary>
public interface IRuntimeProbe
{
    /// <summary>The .NET runtime version, such as <c>10.0.1</c>.</summary>
    string GetVersion();

    /// <summary>Which of the stand-ins for v8's PHP extensions this runtime has.</summary>
    RuntimeCapabilities GetCapabilities();
}
