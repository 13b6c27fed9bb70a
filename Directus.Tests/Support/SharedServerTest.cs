namespace Directus.Tests.Support;

/// <summary>For tests that only talk to the server: one real server with first-run defaults for the whole fixture.</summary>
public abstract class SharedServerTest
{
    private TempDirectory _workspace = null!;

    protected ServerProcess Server { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _workspace = new TempDirectory();
        Server = await ServerProcess.StartAsync(_workspace.Combine("storage"));
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        await Server.DisposeAsync();
        _workspace.Dispose();
    }
}
