namespace Directus.Tests.Support;

/// <summary>For tests that start their own server: a new root directory (not created yet) under a temp workspace, per test.</summary>
public abstract class FreshRootTest
{
    protected TempDirectory Workspace { get; private set; } = null!;

    /// <summary>The server's <c>Directus:RootPath</c>.</summary>
    protected string Root { get; private set; } = null!;

    /// <summary>Where the token file lives under <see cref="Root"/>.</summary>
    protected string TokenFile { get; private set; } = null!;

    [SetUp]
    public void CreateWorkspace()
    {
        Workspace = new TempDirectory();
        Root = Workspace.Combine("storage");
        TokenFile = Path.Combine(Root, "config", "__api.json");
    }

    [TearDown]
    public void RemoveWorkspace() => Workspace.Dispose();
}
