using System.Reflection;

namespace Directus.Application.Common;

/// <summary>The version an assembly was built as, read once here for the release id and the web server's version.</summary>
public static class AssemblyVersion
{
    /// <summary>
    /// The informational version (<c>1.0.0+3f2c…</c>, build metadata included, which names the commit), or without the
    /// build metadata (<c>10.0.12</c>) where only the product version is wanted; the assembly version if there is none.
    /// </summary>
    public static string Of(Assembly assembly, bool withBuildMetadata = true)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return withBuildMetadata || plus < 0 ? informational : informational[..plus];
    }
}
