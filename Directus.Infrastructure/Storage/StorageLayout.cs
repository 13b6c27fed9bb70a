using Directus.Domain.Server;
using Directus.Infrastructure.Startup;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure.Storage;

/// <summary>The absolute paths of the v8 root directory layout.</summary>
public sealed class StorageLayout
{
    /// <summary>v8's name of the file in <c>config</c> that holds the super admin token.</summary>
    public const string ApiConfigFileName = "__api.json";

    /// <summary>The default root's folder name under the user's data folder (<c>~/.local/share/directus</c> on Linux).</summary>
    public const string DefaultRootFolderName = "directus";

    /// <summary>Every folder of the root, parents first (public/ before public/uploads/): the order they are created and health-checked in.</summary>
    public static readonly IReadOnlyList<StorageFolder> Folders =
        [StorageFolder.Config, StorageFolder.Logs, StorageFolder.Public, StorageFolder.Uploads];

    // Indexed by StorageFolder; /server/info asks for three of them on every request.
    private readonly string[] _paths;

    /// <summary>Resolves the root from <see cref="StorageOptions.RootPath"/> (see <see cref="ResolveRoot"/>) and every path below it, once.</summary>
    public StorageLayout(IOptions<StorageOptions> options)
    {
        Root = ResolveRoot(options.Value.RootPath);
        _paths = Enum.GetValues<StorageFolder>().Select(folder => Path.Combine([Root, .. NameOf(folder).Split('/')])).ToArray();
        ApiConfigFile = Path.Combine(PathOf(StorageFolder.Config), ApiConfigFileName);
    }

    /// <summary>The absolute path of the root directory.</summary>
    public string Root { get; }

    /// <summary>The absolute path of the token file, <c>config/__api.json</c>.</summary>
    public string ApiConfigFile { get; }

    /// <summary>The absolute path of <paramref name="folder"/>.</summary>
    public string PathOf(StorageFolder folder) => _paths[(int)folder];

    /// <summary>The folder below the root as v8's layout names it, with forward slashes on every OS: <c>config</c>, <c>public/uploads</c>.</summary>
    public static string NameOf(StorageFolder folder) => folder switch
    {
        StorageFolder.Config => "config",
        StorageFolder.Logs => "logs",
        StorageFolder.Public => "public",
        StorageFolder.Uploads => "public/uploads",
        _ => throw new ArgumentOutOfRangeException(nameof(folder), folder, "Unknown storage folder"),
    };

    /// <summary>
    /// A configured path, relative ones taken from the working directory like any path an operator types; unset, the
    /// user's own data folder, which is the same whatever the working directory and never inside a folder that a
    /// build or <c>dotnet publish</c> copies, so a token cannot travel with a build.
    /// </summary>
    public static string ResolveRoot(string? configured)
    {
        if (configured is not null)
        {
            return Path.GetFullPath(configured, Environment.CurrentDirectory);
        }

        var userData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.IsPathFullyQualified(userData)
            ? Path.Combine(userData, DefaultRootFolderName)
            : throw new StartupRefusedException("This account has no home or data folder for the default storage root; set Directus:RootPath (environment variable Directus__RootPath)");
    }
}
