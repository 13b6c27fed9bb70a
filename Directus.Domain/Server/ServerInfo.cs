namespace Directus.Domain.Server;

/// <summary>What the server runs on, as measured when the request was answered.</summary>
public sealed record ServerInfo(
    string CompatibleDirectusVersion,
    WebServerFacts WebServer,
    RuntimeFacts Runtime,
    StoragePermissions Permissions);

/// <param name="Software">The web server as name/version, or null when it could not be determined.</param>
/// <param name="UrlRewriting">Whether Apache's mod_rewrite is active; null where it does not apply.</param>
/// <param name="OperatingSystemFamily">PHP_OS spelling: Linux, Darwin, WINNT, FreeBSD.</param>
/// <param name="KernelVersion">What <c>uname -v</c> prints.</param>
public sealed record WebServerFacts(
    string? Software,
    bool? UrlRewriting,
    string? OperatingSystemFamily,
    string? KernelVersion);

/// <summary>The .NET runtime, reported under v8's <c>php</c> key.</summary>
/// <param name="Version">The .NET runtime version, or null when it could not be determined.</param>
/// <param name="MaxUploadSize">The largest upload in bytes (see <see cref="UploadLimit"/>); 0 when no limit is set or it could not be read.</param>
/// <param name="Capabilities">The capabilities reported in place of v8's PHP extensions.</param>
public sealed record RuntimeFacts(
    string? Version,
    long MaxUploadSize,
    RuntimeCapabilities Capabilities);

/// <summary>The .NET capabilities that play the roles v8 checked PHP extensions for.</summary>
public sealed record RuntimeCapabilities(
    bool DatabaseProviderModel,
    bool MySqlDriver,
    bool HttpClient,
    bool ImageProcessing,
    bool ContentTypeDetection,
    bool UnicodeGlobalization,
    bool JsonSerializer)
{
    /// <summary>Every capability absent; reported when the capabilities could not be measured.</summary>
    public static RuntimeCapabilities None { get; } = new(false, false, false, false, false, false, false);
}

/// <summary>The storage folders' modes, already in v8's 4-digit octal form (or "0").</summary>
public sealed record StoragePermissions(string Public, string Logs, string Uploads)
{
    /// <summary>Every folder reported as <see cref="UnixPermissions.Unknown"/>; used when the folders could not be inspected.</summary>
    public static StoragePermissions Unknown { get; } = new(UnixPermissions.Unknown, UnixPermissions.Unknown, UnixPermissions.Unknown);
}
