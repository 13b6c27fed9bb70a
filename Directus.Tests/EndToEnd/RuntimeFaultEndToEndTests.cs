using System.Net;
using System.Text.Json;
using Directus.Infrastructure.Security;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>Faults that appear while the server runs: it keeps serving with the last good token or the fallbacks, says so once, and touches nothing.</summary>
public sealed class RuntimeFaultEndToEndTests
{
    private const string Token = "runtime-fault-token";

    private TempDirectory _workspace = null!;
    private string _root = null!;
    private string _tokenFile = null!;

    [SetUp]
    public void SetUp()
    {
        _workspace = new TempDirectory();
        _root = _workspace.Combine("storage");
        _tokenFile = Path.Combine(_root, "config", "__api.json");
        Directory.CreateDirectory(Path.GetDirectoryName(_tokenFile)!);
        File.WriteAllText(_tokenFile, ApiConfigFile.Format(Token));
    }

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task TokenFileReplacedByADirectory_KeepsTheLastGoodToken_SaysSoOnce_AndLeavesIt()
    {
        await using var server = await ServerProcess.StartAsync(_root);

        File.Delete(_tokenFile);
        Directory.CreateDirectory(_tokenFile);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var info = await server.Client.GetAsync(InfoUri(Token));
            statuses.Add(info.StatusCode);
        }

        var said = await server.WaitForOutputAsync($"The super admin token file {_tokenFile} is a directory, not a file; keeping the last good token");
        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(said, Is.True, server.Output);
            Assert.That(CountOf(server.Output, "keeping the last good token"), Is.EqualTo(1), "one line, not one per request");
            Assert.That(Directory.Exists(_tokenFile), Is.True);
        });
    }

    [Test]
    public async Task TokenFileReplacedByAFifo_KeepsServingInsteadOfWaitingForAWriter()
    {
        await using var server = await ServerProcess.StartAsync(_root);

        File.Delete(_tokenFile);
        StartupFaultEndToEndTests.MakeFifo(_tokenFile);
        using var info = await server.Client.GetAsync(InfoUri(Token));
        using var ping = await server.Client.GetAsync(new Uri("/server/ping", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(info.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ping.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await server.WaitForOutputAsync($"{_tokenFile} is empty or not a regular file; keeping the last good token"), Is.True, server.Output);
        });
    }

    [Test]
    public async Task WholeRootRemoved_KeepsServing_WithTheLastGoodTokenAndZeroPermissions()
    {
        await using var server = await ServerProcess.StartAsync(_root);

        Directory.Delete(_root, recursive: true);
        using var info = await server.Client.GetAsync(InfoUri(Token));
        var permissions = await PermissionsOfAsync(info);

        Assert.Multiple(() =>
        {
            Assert.That(info.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(permissions, Is.EqualTo(new[] { "0", "0", "0" }));
            Assert.That(Directory.Exists(_root), Is.False, "the server does not recreate folders behind the operator's back");
        });
    }

    [Test]
    public async Task UnreadableFolders_AsAnOrdinaryUser_AreReportedNotFatal()
    {
        UnprivilegedAccount.HandOver(_workspace.Path, _root);
        await using var server = await ServerProcess.StartAsync(Account.Unprivileged, _root);

        File.SetUnixFileMode(Path.Combine(_root, "public"), UnixFileMode.None);
        using var info = await server.Client.GetAsync(InfoUri(Token));
        var permissions = await PermissionsOfAsync(info);
        File.SetUnixFileMode(Path.Combine(_root, "public"), (UnixFileMode)Convert.ToInt32("755", 8));

        Assert.Multiple(() =>
        {
            Assert.That(info.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(permissions[0], Is.EqualTo("0000"), "public: its own mode can still be read");
            Assert.That(permissions[2], Is.EqualTo("0"), "uploads: inside a folder it may not enter");
        });
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static async Task<string[]> PermissionsOfAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var permissions = document.RootElement.GetProperty("data").GetProperty("permissions");
        return [permissions.GetProperty("public").GetString()!, permissions.GetProperty("logs").GetString()!, permissions.GetProperty("uploads").GetString()!];
    }

    private static Uri InfoUri(string token) => new("/server/info?super_admin_token=" + Uri.EscapeDataString(token), UriKind.Relative);
}
