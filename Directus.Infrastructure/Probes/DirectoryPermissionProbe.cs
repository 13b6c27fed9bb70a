using Directus.Application.Server.Ports;
using Directus.Domain.Server;
using Directus.Infrastructure.Storage;

namespace Directus.Infrastructure.Probes;

/// <summary>Reads a storage folder's Unix mode from the file system; on Windows there is none to read.</summary>
public sealed class DirectoryPermissionProbe(StorageLayout layout) : IDirectoryPermissionProbe
{
    /// <inheritdoc />
    public int? GetMode(StorageFolder folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            return (int)File.GetUnixFileMode(layout.PathOf(folder));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
