using System.Reflection;
using Directus.Application.Server.Ports;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Directus.Infrastructure.Probes;

/// <summary>Names the server implementation that is actually serving (Kestrel in production) and its ASP.NET Core version.</summary>
public sealed class WebServerProbe(IServer server) : IWebServerProbe
{
    public string GetSoftware()
    {
        var type = server.GetType();
        var name = type.Assembly == typeof(KestrelServerOptions).Assembly ? "Kestrel" : type.Name;
        return $"{name}/{ProductVersion(type.Assembly)}";
    }

    /// <summary>The informational version without its source-revision suffix ("10.0.12+abc…" gives "10.0.12").</summary>
    public static string ProductVersion(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
