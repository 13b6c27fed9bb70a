using Directus.Application.Common;
using Directus.Application.Server.Ports;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Directus.Infrastructure.Probes;

/// <summary>Names the server implementation that is actually serving (Kestrel in production) and its ASP.NET Core version.</summary>
public sealed class WebServerProbe(IServer server) : IWebServerProbe
{
    /// <inheritdoc />
    public string GetSoftware()
    {
        var type = server.GetType();
        var name = type.Assembly == typeof(KestrelServerOptions).Assembly ? "Kestrel" : type.Name;
        return $"{name}/{AssemblyVersion.Of(type.Assembly, withBuildMetadata: false)}";
    }
}
