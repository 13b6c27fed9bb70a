using Directus.Application.Server.Ports;
using Directus.Domain.Server;
using Directus.Infrastructure.Storage;

namespace Directus.Infrastructure.Probes;

public sealed class DirectoryPermissionProbe(StorageLayout layout) : IDirectoryPermissionProbe
{
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
