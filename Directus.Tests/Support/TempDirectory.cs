namespace Directus.Tests.Support;

/// <summary>A fresh folder under the system temp directory, removed (with its contents) on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("directus-tests-").FullName;
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            RestoreOwnerAccess(Path);
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A test's server process may still hold a file for a moment; the OS cleans temp eventually.
        }
    }

    // Tests chmod folders to 0000; make them deletable again.
    private static void RestoreOwnerAccess(string root)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(root))
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false }))
        {
            File.SetUnixFileMode(directory, File.GetUnixFileMode(directory) | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
