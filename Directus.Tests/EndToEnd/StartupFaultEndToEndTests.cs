using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Directus.Infrastructure.Security;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>
/// Faults in the root directory, the token file and the configuration at start-up: each ends in one clear log line
/// and exit code 1, never a crash report, a hang or a lost file.
/// </summary>
public sealed class StartupFaultEndToEndTests : FreshRootTest
{
    [Test]
    public async Task RootIsARegularFile_RefusesToStart_AndLeavesTheFile()
    {
        File.WriteAllText(Root, "not a folder");

        var (exitCode, output) = await ServerProcess.RunToExitAsync(Root);

        Assert.Multiple(() =>
        {
            AssertRefusedOnce(exitCode, output, $"Cannot create the storage folder {Root}: {Root} is a file, not a folder");
            Assert.That(File.ReadAllText(Root), Is.EqualTo("not a folder"));
        });
    }

    [Test]
    public async Task RootUnderARegularFile_RefusesToStart()
    {
        var blocker = Workspace.Combine("blocker");
        File.WriteAllText(blocker, "in the way");
        var root = Path.Combine(blocker, "storage");

        var (exitCode, output) = await ServerProcess.RunToExitAsync(root);

        AssertRefusedOnce(exitCode, output, $"Cannot create the storage folder {root}: {blocker} is a file, not a folder");
    }

    [Test]
    public async Task AStorageFolderIsARegularFile_RefusesToStart_AndLeavesIt()
    {
        Directory.CreateDirectory(Root);
        var publicFolder = Path.Combine(Root, "public");
        File.WriteAllText(publicFolder, "uploads went here once");

        var (exitCode, output) = await ServerProcess.RunToExitAsync(Root);

        Assert.Multiple(() =>
        {
            AssertRefusedOnce(exitCode, output, $"Cannot create the storage folder {publicFolder}: {publicFolder} is a file, not a folder");
            Assert.That(File.ReadAllText(publicFolder), Is.EqualTo("uploads went here once"));
        });
    }

    [Test]
    public async Task MissingRootAndParents_AreCreated_AndServed()
    {
        var root = Workspace.Combine("a", "b", "storage");

        await using var server = await ServerProcess.StartAsync(root);
        using var info = await server.Client.GetAsync(InfoUri(ApiConfigFile.Read(Path.Combine(root, "config", "__api.json")).Token!));

        Assert.That(info.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task TokenFileIsADirectory_RefusesToStart_AndLeavesIt()
    {
        Directory.CreateDirectory(Path.Combine(TokenFile, "keep-me"));

        var (exitCode, output) = await ServerProcess.RunToExitAsync(Root);

        Assert.Multiple(() =>
        {
            AssertRefusedOnce(exitCode, output, $"The super admin token file {TokenFile} is a directory, not a file");
            Assert.That(Directory.Exists(Path.Combine(TokenFile, "keep-me")), Is.True);
        });
    }

    /// <summary>A server that waited for a writer would never exit: RunToExitAsync's deadline would fail the test.</summary>
    [Test]
    public async Task TokenFileIsAFifo_RefusesToStartAtOnce_InsteadOfWaitingForAWriter()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(TokenFile)!);
        MakeFifo(TokenFile);

        var (exitCode, output) = await ServerProcess.RunToExitAsync(Root);

        AssertRefusedOnce(exitCode, output, $"The super admin token file {TokenFile} is empty or not a regular file");
    }

    [TestCase("--Directus:Throttle:PermitLimit=0", "invalid configuration: Directus:Throttle:PermitLimit must be at least 1 (it is 0)")]
    [TestCase("--Directus:ForwardedHeaders:KnownProxies:0=10", "invalid configuration: Directus:ForwardedHeaders:KnownProxies holds \"10\", which is not an IP address")]
    [TestCase("--Directus:Throttle:Window=banana", "invalid configuration: Failed to convert configuration value 'banana' at 'Directus:Throttle:Window'")]
    [TestCase("--Directus:RootPath= ", "invalid configuration: Directus:RootPath must not be empty")]
    [TestCase("--Kestrel:Limits:MaxRequestLineSize=big", "invalid configuration: Failed to convert configuration value 'big' at 'Kestrel:Limits:MaxRequestLineSize'")]
    [TestCase("--Directus:Cors:Origins:0=app.example.com", "invalid configuration: Directus:Cors:Origins must hold")]
    [TestCase("--Directus:Cors:Origins:0=https://app.example.com/", "invalid configuration: Directus:Cors:Origins must hold")]
    [TestCase("--Directus:Cors:Origins:0=https://app.example.com/path", "invalid configuration: Directus:Cors:Origins must hold")]
    [TestCase("--Directus:Cors:Origins:0=ftp://app.example.com", "invalid configuration: Directus:Cors:Origins must hold")]
    public async Task InvalidConfiguration_RefusesToStart_NamingTheKey(string argument, string reason)
    {
        var (exitCode, output) = await ServerProcess.RunToExitAsync(Root, null, argument);

        Assert.Multiple(() =>
        {
            AssertRefusedOnce(exitCode, output, reason);
            Assert.That(Directory.Exists(Root), Is.False, "nothing is created before the configuration is known to be good");
        });
    }

    [Test]
    public async Task PortAlreadyInUse_RefusesToStartWithExitCode1()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var busy = $"http://127.0.0.1:{((IPEndPoint)occupant.LocalEndpoint).Port}";

        var (exitCode, output) = await ServerProcess.RunToExitAsync(Root, null, "--urls", busy);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain($"Refusing to start: Failed to bind to address {busy}: address already in use."));
            Assert.That(output, Does.Not.Contain("Unhandled exception"));
        });
    }

    [Test]
    public async Task UnreadableConfigFolder_AsAnOrdinaryUser_RefusesToStart_AndLeavesTheTokenFile()
    {
        var content = ApiConfigFile.Format("kept-as-is");
        Directory.CreateDirectory(Path.GetDirectoryName(TokenFile)!);
        File.WriteAllText(TokenFile, content);
        UnprivilegedAccount.HandOver(Workspace.Path, Root);
        File.SetUnixFileMode(Path.GetDirectoryName(TokenFile)!, UnixFileMode.None);

        var (exitCode, output) = await ServerProcess.RunToExitAsync(Account.Unprivileged, Root);

        File.SetUnixFileMode(Path.GetDirectoryName(TokenFile)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.Multiple(() =>
        {
            AssertRefusedOnce(exitCode, output, $"The super admin token file {TokenFile} cannot be reached (");
            Assert.That(File.ReadAllText(TokenFile), Is.EqualTo(content));
        });
    }

    [Test]
    public async Task UnreadableRoot_AsAnOrdinaryUser_RefusesToStart()
    {
        Directory.CreateDirectory(Path.Combine(Root, "config"));
        UnprivilegedAccount.HandOver(Workspace.Path, Root);
        File.SetUnixFileMode(Root, UnixFileMode.None);

        var (exitCode, output) = await ServerProcess.RunToExitAsync(Account.Unprivileged, Root);

        File.SetUnixFileMode(Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        AssertRefusedOnce(exitCode, output, $"Cannot create the storage folder {Root}/config: permission denied on the way to it or in it (");
    }

    [Test]
    public async Task UnreadableConfigFolder_AsRoot_IsNoObstacle_AndServes()
    {
        Assume.That(UnprivilegedAccount.IsNeededToDropPrivileges, Is.True, "only root ignores file modes");
        Directory.CreateDirectory(Path.GetDirectoryName(TokenFile)!);
        File.WriteAllText(TokenFile, ApiConfigFile.Format("root-reads-anyway"));
        File.SetUnixFileMode(Path.GetDirectoryName(TokenFile)!, UnixFileMode.None);

        await using var server = await ServerProcess.StartAsync(Root);
        using var info = await server.Client.GetAsync(InfoUri("root-reads-anyway"));

        Assert.That(info.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static void AssertRefusedOnce(int exitCode, string output, string reason)
    {
        var lines = output.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(lines.Count(line => line.Contains("Refusing to start: ", StringComparison.Ordinal)), Is.EqualTo(1), output);
            Assert.That(lines.Single(line => line.Contains("Refusing to start: ", StringComparison.Ordinal)), Does.Contain(reason));
            Assert.That(output, Does.Not.Contain("Unhandled exception").And.Not.Contain("Hosting failed to start"));
            Assert.That(lines, Has.None.StartsWith("   at "), "no stack trace");
        });
    }

    private static Uri InfoUri(string token) => new("/server/info?super_admin_token=" + Uri.EscapeDataString(token), UriKind.Relative);

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo");
    }
}
