using Directus.Domain.Server;

namespace Directus.Application.Server.Ports;

/// <summary>Reads the Unix mode of a storage folder for <c>/server/info</c>; may block on the file system.</summary>
public interface IDirectoryPermissionProbe
{
    /// <summary>The folder's mode bits (special bits and rwx), or null when it does not exist or cannot be inspected.</summary>
    int? GetMode(StorageFolder folder);
}
