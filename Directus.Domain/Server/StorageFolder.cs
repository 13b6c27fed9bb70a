namespace Directus.Domain.Server;

/// <summary>The folders of the v8 root directory layout.</summary>
public enum StorageFolder
{
    /// <summary><c>config</c>: the server's own files, such as the API config file; created for its owner only.</summary>
    Config,
    /// <summary><c>logs</c>: the log folder.</summary>
    Logs,
    /// <summary><c>public</c>: v8's web root, the parent of <see cref="Uploads"/>.</summary>
    Public,
    /// <summary><c>public/uploads</c>: where uploaded files are stored.</summary>
    Uploads,
}
