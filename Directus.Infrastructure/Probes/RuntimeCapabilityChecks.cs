using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.StaticFiles;

namespace Directus.Infrastructure.Probes;

/// <summary>
/// One real run-time check per capability that plays a PHP extension's role. Each asks the runtime or
/// tries to load what the capability needs; nothing here is assumed.
/// </summary>
public static class RuntimeCapabilityChecks
{
    /// <summary>pdo: the ADO.NET provider model (<c>DbProviderFactory</c>) is loadable.</summary>
    public static bool HasDatabaseProviderModel() =>
        TypeLoads("System.Data.Common.DbProviderFactories, System.Data.Common");

    /// <summary>mysqli: a MySQL ADO.NET driver ships with the process.</summary>
    public static bool HasMySqlDriver() =>
        AssemblyLoads("MySqlConnector") || AssemblyLoads("MySql.Data");

    /// <summary>curl: the managed HTTP client stack works on this platform.</summary>
    public static bool HasHttpClient() =>
        TypeLoads("System.Net.Http.HttpClient, System.Net.Http") && System.Net.Http.SocketsHttpHandler.IsSupported;

    /// <summary>gd: an image-processing library ships with the process (System.Drawing only counts on Windows).</summary>
    public static bool HasImageProcessing() =>
        AssemblyLoads("SixLabors.ImageSharp") || AssemblyLoads("SkiaSharp")
        || (OperatingSystem.IsWindows() && AssemblyLoads("System.Drawing.Common"));

    /// <summary>fileinfo: a content-type detector answers for a well-known file name.</summary>
    public static bool HasContentTypeDetection() =>
        new FileExtensionContentTypeProvider().TryGetContentType("probe.png", out var contentType)
        && contentType == "image/png";

    /// <summary>mbstring: ICU globalization is there (invariant mode upper-cases Turkish i as plain I).</summary>
    public static bool HasUnicodeGlobalization()
    {
        try
        {
            return CultureInfo.GetCultureInfo("tr-TR").TextInfo.ToUpper('i') == '\u0130';
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>json: the JSON serializer round-trips a document.</summary>
    public static bool HasJsonSerializer() =>
        JsonNode.Parse("{\"probe\":[1]}")?["probe"]?[0]?.GetValue<int>() == 1;

    /// <summary>True when the assembly named <paramref name="assemblyName"/> can be loaded into the process.</summary>
    public static bool AssemblyLoads(string assemblyName)
    {
        try
        {
            Assembly.Load(new AssemblyName(assemblyName));
            return true;
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return false;
        }
    }

    /// <summary>True when the type named <paramref name="assemblyQualifiedName"/> can be resolved.</summary>
    public static bool TypeLoads(string assemblyQualifiedName) =>
        Type.GetType(assemblyQualifiedName, throwOnError: false) is not null;
}
