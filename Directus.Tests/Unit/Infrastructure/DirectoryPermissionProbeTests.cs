using Directus.Domain.Server;
using Directus.Infrastructure.Probes;
using Directus.Infrastructure.Storage;
using Directus.Tests.Support;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class DirectoryPermissionProbeTests
{
    [Test]
    public void GetMode_ReadsTheModeWithItsSpecialBits()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix modes");
        using var root = new TempDirectory();
        var layout = new StorageLayout(Options.Create(new StorageOptions { RootPath = root.Path }));
        Directory.CreateDirectory(layout.PathOf(StorageFolder.Uploads));
        const UnixFileMode setGid2775 = UnixFileMode.SetGroup | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(layout.PathOf(StorageFolder.Uploads), setGid2775);

        var mode = new DirectoryPermissionProbe(layout).GetMode(StorageFolder.Uploads);

        Assert.That(UnixPermissions.Format(mode), Is.EqualTo("2775"));
    }

    [Test]
    public void GetMode_OfAMissingFolder_IsNull()
    {
        using var root = new TempDirectory();
        var layout = new StorageLayout(Options.Create(new StorageOptions { RootPath = root.Path }));

        Assert.That(new DirectoryPermissionProbe(layout).GetMode(StorageFolder.Logs), Is.Null);
    }
}
