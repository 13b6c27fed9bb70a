using Directus.Application.Configuration;
using Directus.Domain.Server;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure.Storage;

/// <summary>The absolute paths of the v8 root directory layout.</summary>
public sealed class StorageLayout
{
    public const string ApiConfigFileName = "__api.json";

    /// <summary>Every folder of the root, parents first (public/ before public/uploads/): the order they are created and health-checked in.</summary>
    public static readonly IReadOnlyList<StorageFolder> Folders =
        [StorageFolder.Config, StorageFolder.Logs, StorageFolder.Public, StorageFolder.Uploads];

    // Indexed by StorageFolder; /server/info asks for three of them on every request.
    private readonly string[] _paths;

    public StorageLayout(IOptions<DirectusOptions> options)
    {
        Root = Path.GetFullPath(options.Value.RootPath, Environment.CurrentDirectory);
        _paths = Enum.GetValues<StorageFolder>().Select(folder => Path.Combine([Root, .. NameOf(folder).Split('/')])).ToArray();
        ApiConfigFile = Path.Combine(PathOf(StorageFolder.Config), ApiConfigFileName);
    }

    public string Root { get; }

    public string ApiConfigFile { get; }

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
}
