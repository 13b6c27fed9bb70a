using System.Net;
using System.Text.Json;
using Directus.Infrastructure.Security;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>Faults that appear while the server runs: it keeps serving with the last good token or the fallbacks, says so once, and touches nothing.</summary>
public sealed class RuntimeFaultEndToEndTests : FreshRootTest
{
    private const string Token = "runtime-fault-token";

    [SetUp]
    public void WriteTokenFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(TokenFile)!);
        File.WriteAllText(TokenFile, ApiConfigFile.Format(Token));
    }

    [Test]
    public async Task TokenFileReplacedByADirectory_KeepsTheLastGoodToken_SaysSoOnce_AndLeavesIt()
    {
        await using var server = await ServerProcess.StartAsync(Root);

        File.Delete(TokenFile);
        Directory.CreateDirectory(TokenFile);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var info = await server.Client.GetAsync(InfoUri(Token));
            statuses.Add(info.StatusCode);
        }

        var said = await server.WaitForOutputAsync($"The super admin token file {TokenFile} is a directory, not a file; keeping the last good token");
        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(said, Is.True, server.Output);
            Assert.That(CountOf(server.Output, "keeping the last good token"), Is.EqualTo(1), "one line, not one per request");
            Assert.That(Directory.Exists(TokenFile), Is.True);
        });
    }

    [Test]
    public async Task TokenFileReplacedByAFifo_KeepsServingInsteadOfWaitingForAWriter()
    {
        await using var server = await ServerProcess.StartAsync(Root);

        File.Delete(TokenFile);
        StartupFaultEndToEndTests.MakeFifo(TokenFile);
        using var info = await server.Client.GetAsync(InfoUri(Token));
        using var ping = await server.Client.GetAsync(new Uri("/server/ping", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(info.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ping.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await server.WaitForOutputAsync($"{TokenFile} is empty or not a regular file; keeping the last good token"), Is.True, server.Output);
        });
    }

    [Test]
    public async Task WholeRootRemoved_KeepsServing_WithTheLastGoodTokenAndZeroPermissions()
    {
        await using var server = await ServerProcess.StartAsync(Root);

        Directory.Delete(Root, recursive: true);
        using var info = await server.Client.GetAsync(InfoUri(Token));
        var permissions = await PermissionsOfAsync(info);

        Assert.Multiple(() =>
        {
            Assert.That(info.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(permissions, Is.EqualTo(new[] { "0", "0", "0" }));
            Assert.That(Directory.Exists(Root), Is.False, "the server does not recreate folders behind the operator's back");
        });
    }

    [Test]
    public async Task UnreadableFolders_AsAnOrdinaryUser_AreReportedNotFatal()
    {
        UnprivilegedAccount.HandOver(Workspace.Path, Root);
        await using var server = await ServerProcess.StartAsync(Account.Unprivileged, Root);

        File.SetUnixFileMode(Path.Combine(Root, "public"), UnixFileMode.None);
        using var info = await server.Client.GetAsync(InfoUri(Token));
        var permissions = await PermissionsOfAsync(info);
        File.SetUnixFileMode(Path.Combine(Root, "public"), (UnixFileMode)Convert.ToInt32("755", 8));

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
