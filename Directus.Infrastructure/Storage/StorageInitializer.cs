using Directus.Domain.Server;
using Directus.Infrastructure.Startup;
using Microsoft.Extensions.Logging;

namespace Directus.Infrastructure.Storage;

/// <summary>Creates the missing folders of the root directory at start-up; existing folders and their modes are left alone.</summary>
public sealed partial class StorageInitializer(StorageLayout layout, ILogger<StorageInitializer> logger)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the root and its folders where missing (<c>config</c> for its owner only, on Unix); throws <see cref="StartupRefusedException"/> when one cannot be created.</summary>
    public void Initialize()
    {
        Create(layout.Root, ownerOnly: false);
        foreach (var folder in StorageLayout.Folders)
        {
            Create(layout.PathOf(folder), ownerOnly: folder == StorageFolder.Config);
        }

        LogRoot(layout.Root);
    }

    private void Create(string path, bool ownerOnly)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        try
        {
            if (ownerOnly && !OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(path, OwnerOnly);
            }
            else
            {
                Directory.CreateDirectory(path);
            }

            LogCreated(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StartupRefusedException($"Cannot create the storage folder {path}: {Explain(path, exception)}", exception);
        }
    }

    /// <summary>The framework's messages for these cases ("Could not find a part of the path") do not say what to fix.</summary>
    private static string Explain(string path, Exception exception)
    {
        for (var ancestor = path; ancestor is not null; ancestor = Path.GetDirectoryName(ancestor))
        {
            if (File.Exists(ancestor))
            {
                return $"{ancestor} is a file, not a folder";
            }
        }

        return exception is UnauthorizedAccessException
            ? $"permission denied on the way to it or in it ({exception.Message})"
            : exception.Message;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage root: {Root}")]
    private partial void LogRoot(string root);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created storage folder {Path}")]
    private partial void LogCreated(string path);
}
