using System.Reflection;

namespace Directus.Api.Http;

public static class ReleaseVersion
{
    /// <summary>This server's release: the API assembly's informational version, build metadata included (<c>1.0.0+3f2c…</c>: the commit it was built from).</summary>
    public static string Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return string.IsNullOrEmpty(informational) ? assembly.GetName().Version?.ToString(3) ?? "0.0.0" : informational;
    }
}
