using Directus.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Support;

/// <summary>For tests of the token file: a fresh root per test, with its <c>config/</c> folder and no token file yet.</summary>
public abstract class TokenFileTest
{
    private TempDirectory _root = null!;

    protected StorageLayout Layout { get; private set; } = null!;

    [SetUp]
    public void CreateRootWithConfigFolder()
    {
        _root = new TempDirectory();
        Layout = new StorageLayout(Options.Create(new StorageOptions { RootPath = _root.Path }));
        Directory.CreateDirectory(Path.GetDirectoryName(Layout.ApiConfigFile)!);
    }

    [TearDown]
    public void RemoveRoot() => _root.Dispose();
}
