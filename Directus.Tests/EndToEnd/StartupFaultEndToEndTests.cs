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

    [TestCase("   ", "is only white space")]
    [TestCase(" s3cret ", "starts or ends with white space")]
    public async Task BlankOrPaddedEnvironmentToken_RefusesToStart_NamingTheVariableNeverTheValue(string token, string problem)
    {
        var environment = new Dictionary<string, string?> { [SuperAdminTokenStore.EnvironmentVariable] = token };

        var (exitCode, output) = await ServerProcess.RunToExitAsync(Root, environment);

        Assert.Multiple(() =>
        {
            AssertRefusedOnce(exitCode, output, $"The environment variable {SuperAdminTokenStore.EnvironmentVariable} {problem}");
            Assert.That(output, Does.Not.Contain("s3cret"));
            Assert.That(File.Exists(TokenFile), Is.False, "no token file is generated in its place");
        });
    }

    [TestCase("--Directus:Throttle:PermitLimit=0", "invalid configuration: Directus:Throttle:PermitLimit must be at least 1 (it is 0)")]
    [TestCase("--Directus:ForwardedHeaders:KnownProxies:0=10", "invalid configuration: Directus:ForwardedHeaders:KnownProxies holds \"10\", which is not an IP address")]
    [TestCase("--Directus:Throttle:Window=banana", "invalid configuration: Failed to convert configuration value 'banana' at 'Directus:Throttle:Window'")]
    [TestCase("--Directus:RootPath= ", "invalid configuration: Directus:RootPath must not be empty")]
    [TestCase("--Kestrel:Limits:MaxRequestLineSize=big", "invalid configuration: Failed to convert configuration value 'big' at 'Kestrel:Limits:MaxRequestLineSize'")]
    [TestCase("--Directus:Cors:Origins:0=app.example.com", "invalid configuration: Directus:Cors:Origins holds \"app.example.com\", which is not")]
    [TestCase("--Directus:Cors:Origins:0=https://app.example.com/", "invalid configuration: Directus:Cors:Origins holds \"https://app.example.com/\", which is not")]
    [TestCase("--Directus:Cors:Origins:0=https://app.example.com/path", "invalid configuration: Directus:Cors:Origins holds \"https://app.example.com/path\", which is not")]
    [TestCase("--Directus:Cors:Origins:0=ftp://app.example.com", "invalid configuration: Directus:Cors:Origins holds \"ftp://app.example.com\", which is not")]
    [TestCase("--Directus:Cors:Origins=https://a.example.com,b.example.com", "invalid configuration: Directus:Cors:Origins holds \"b.example.com\", which is not")]
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
    public async Task SeveralUnreadableSettings_AreAllNamedInTheOneRefusal()
    {
        var (exitCode, output) = await ServerProcess.RunToExitAsync(
            Root, null, "--Directus:Throttle:Window=banana", "--Directus:ProbeTimeout=soon", "--Directus:Throttle:PermitLimit=many");

        Assert.Multiple(() =>
        {
            AssertRefusedOnce(exitCode, output, "invalid configuration: ");
            foreach (var key in new[] { "'banana' at 'Directus:Throttle:Window'", "'soon' at 'Directus:ProbeTimeout'", "'many' at 'Directus:Throttle:PermitLimit'" })
            {
                Assert.That(output, Does.Contain(key));
            }

            Assert.That(Directory.Exists(Root), Is.False);
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
            AssertRefusedOnce(exitCode, output, $"Failed to bind to address {busy}: address already in use.");
            Assert.That(Directory.Exists(Root), Is.False, "no root and no token before the port is known to be free");
        });
    }

    [TestCase("127.0.0.1:8055", "The listening URL \"127.0.0.1:8055\" cannot be read")]
    [TestCase("ftp://127.0.0.1:8055", "The listening URL \"ftp://127.0.0.1:8055\" has the scheme \"ftp\"")]
    [TestCase("https://127.0.0.1:8055", "https://127.0.0.1:8055 needs a certificate: set Kestrel:Certificates:Default:Path")]
    public async Task UnusableListeningUrl_RefusesToStart_BeforeCreatingAnything(string url, string reason)
    {
        var (exitCode, output) = await ServerProcess.RunToExitAsync(Root, null, "--urls", url);

        Assert.Multiple(() =>
        {
            AssertRefusedOnce(exitCode, output, reason);
            Assert.That(Directory.Exists(Root), Is.False);
        });
    }

    [TestCase("not a certificate", "cannot be used")]
    [TestCase(null, "cannot be used")]
    public async Task UnreadableCertificate_RefusesToStart_WithoutNamingThePassword(string? content, string reason)
    {
        var certificate = Workspace.Combine("server.pfx");
        if (content is not null)
        {
            File.WriteAllText(certificate, content);
        }

        var (exitCode, output) = await ServerProcess.RunToExitAsync(
            Root, null, "--urls", "https://127.0.0.1:0", "--Kestrel:Certificates:Default:Path=" + certificate, "--Kestrel:Certificates:Default:Password=hunter2-secret");

        Assert.Multiple(() =>
        {
            AssertRefusedOnce(exitCode, output, $"The certificate {certificate} for https://127.0.0.1:0 {reason}");
            Assert.That(output, Does.Not.Contain("hunter2-secret"));
            Assert.That(Directory.Exists(Root), Is.False);
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
