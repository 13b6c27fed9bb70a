namespace Directus.Domain.Server;

/// <summary>The folders of the v8 root directory layout.</summary>
public enum StorageFolder
{
    Config,
    Logs,
    Public,
    Uploads,
}
