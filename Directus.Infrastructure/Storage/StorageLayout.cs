using Directus.Application.Configuration;
using Directus.Domain.Server;
using Microsoft.Extensions.Options;

namespace Directus.Infrastructure.Storage;

/// <summary>The absolute paths of the v8 root directory layout.</summary>
public sealed class StorageLayout
{
    public const string ApiConfigFileName = "__api.json";

    public StorageLayout(IOptions<DirectusOptions> options)
    {
        Root = Path.GetFullPath(options.Value.RootPath, Environment.CurrentDirectory);
        ApiConfigFile = Path.Combine(PathOf(StorageFolder.Config), ApiConfigFileName);
    }

    public string Root { get; }

    public string ApiConfigFile { get; }

    public string PathOf(StorageFolder folder) => folder switch
    {
        StorageFolder.Config => Path.Combine(Root, "config"),
        StorageFolder.Logs => Path.Combine(Root, "logs"),
        StorageFolder.Public => Path.Combine(Root, "public"),
        StorageFolder.Uploads => Path.Combine(Root, "public", "uploads"),
        _ => throw new ArgumentOutOfRangeException(nameof(folder), folder, "Unknown storage folder"),
    };
}
