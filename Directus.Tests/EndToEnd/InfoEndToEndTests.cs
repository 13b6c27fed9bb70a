using System.Net;
using System.Text.Json;
using Directus.Infrastructure.Probes;
using Directus.Infrastructure.Security;
using Directus.Tests.Support;

namespace Directus.Tests.EndToEnd;

/// <summary>The built server on real Kestrel, each test with its own root directory.</summary>
public sealed class InfoEndToEndTests : FreshRootTest
{
    private const UnixFileMode Mode0700 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode Mode0600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    // Only a failing test waits this long; a busy machine may take several check intervals to look at the file.
    private static readonly TimeSpan SettleDeadline = TimeSpan.FromSeconds(30);

    [Test]
    public async Task FirstRun_CreatesTheLayoutAndAnOwnerOnlyTokenFile_LoggingItsPathNotItsValue()
    {
        await using var server = await ServerProcess.StartAsync(Root);

        var token = ApiConfigFile.Read(TokenFile).Token!;
        Assert.Multiple(() =>
        {
            foreach (var folder in new[] { "config", "logs", "public", Path.Combine("public", "uploads") })
            {
                Assert.That(Directory.Exists(Path.Combine(Root, folder)), Is.True, folder);
            }

            Assert.That(File.GetUnixFileMode(Path.Combine(Root, "config")), Is.EqualTo(Mode0700));
            Assert.That(File.GetUnixFileMode(TokenFile), Is.EqualTo(Mode0600));
            Assert.That(File.ReadAllText(TokenFile), Is.EqualTo(ApiConfigFile.Format(token)));
            Assert.That(server.Output, Does.Contain(TokenFile).And.Contain(Root));
            Assert.That(server.Output, Does.Not.Contain(token));
        });
    }

    [Test]
    public async Task Info_WithTheGeneratedToken_ReportsKestrelAndTheMachine()
    {
        await using var server = await ServerProcess.StartAsync(Root);
        var token = ApiConfigFile.Read(TokenFile).Token!;

        using var response = await server.Client.GetAsync(InfoUri(token));
        var data = await DataOfAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("no-store"));
            Assert.That(data.GetProperty("server").GetProperty("type").GetString(), Does.Match(@"^Kestrel/\d+\.\d+\.\d+"));
            Assert.That(data.GetProperty("server").GetProperty("os_version").GetString(), Is.EqualTo(new OperatingSystemProbe().GetKernelVersion()));
            Assert.That(data.GetProperty("php").GetProperty("max_upload_size").GetInt64(), Is.EqualTo(30_000_000));
        });
    }

    [Test]
    public async Task Info_InInvariantGlobalizationMode_ReportsMbstringFalse()
    {
        var environment = new Dictionary<string, string?>
        {
            ["DIRECTUS_SUPER_ADMIN_TOKEN"] = "env-token-for-e2e",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
        };
        await using var server = await ServerProcess.StartAsync(Root, environment);

        using var response = await server.Client.GetAsync(InfoUri("env-token-for-e2e"));
        var extensions = (await DataOfAsync(response)).GetProperty("php").GetProperty("extensions");

        Assert.Multiple(() =>
        {
            Assert.That(extensions.GetProperty("mbstring").GetBoolean(), Is.False, "the capability is measured in the running process");
            Assert.That(extensions.GetProperty("json").GetBoolean(), Is.True);
        });
    }

    [Test]
    public async Task Info_WithEnvironmentToken_UsesItAndReportsTheConfiguredBodyLimit()
    {
        var environment = new Dictionary<string, string?> { ["DIRECTUS_SUPER_ADMIN_TOKEN"] = "env-token-for-e2e" };
        await using var server = await ServerProcess.StartAsync(Root, environment, "--Kestrel:Limits:MaxRequestBodySize=1048576");

        using var right = await server.Client.GetAsync(InfoUri("env-token-for-e2e"));
        using var wrong = await server.Client.GetAsync(InfoUri("other"));
        var data = await DataOfAsync(right);

        Assert.Multiple(() =>
        {
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(data.GetProperty("php").GetProperty("max_upload_size").GetInt64(), Is.EqualTo(1_048_576));
            Assert.That(File.Exists(TokenFile), Is.False, "no file is generated when the environment gives the token");
        });
    }

    [Test]
    public async Task Info_Permissions_FollowTheFoldersLive()
    {
        await using var server = await ServerProcess.StartAsync(Root);
        var token = ApiConfigFile.Read(TokenFile).Token!;

        File.SetUnixFileMode(Path.Combine(Root, "public", "uploads"), (UnixFileMode)Convert.ToInt32("2775", 8));
        Directory.Delete(Path.Combine(Root, "logs"));
        using var response = await server.Client.GetAsync(InfoUri(token));
        var permissions = (await DataOfAsync(response)).GetProperty("permissions");

        Assert.Multiple(() =>
        {
            Assert.That(permissions.GetProperty("uploads").GetString(), Is.EqualTo("2775"));
            Assert.That(permissions.GetProperty("logs").GetString(), Is.EqualTo("0"));
            Assert.That(permissions.GetProperty("public").GetString(), Does.Match("^0[0-7]{3}$"));
        });
    }

    [Test]
    public async Task TokenFile_EditedWhileRunning_TakesEffect_AndAnInvalidEditKeepsTheLastGoodToken()
    {
        await using var server = await ServerProcess.StartAsync(Root);
        var original = ApiConfigFile.Read(TokenFile).Token!;

        File.WriteAllText(TokenFile, ApiConfigFile.Format("edited-while-running"));
        var afterEdit = await StatusOnceSettledAsync(server, "edited-while-running", HttpStatusCode.OK);
        using var originalAfterEdit = await server.Client.GetAsync(InfoUri(original));

        File.WriteAllText(TokenFile, "{ this is not json");
        await WaitForOutputAsync(server, TokenFile + " is not valid JSON");
        using var afterBrokenEdit = await server.Client.GetAsync(InfoUri("edited-while-running"));
        var loggedTheBrokenFile = await server.WaitForOutputAsync(TokenFile + " is not valid JSON");

        Assert.Multiple(() =>
        {
            Assert.That(afterEdit, Is.EqualTo(HttpStatusCode.OK), "the edit takes effect without a restart");
            Assert.That(originalAfterEdit.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(afterBrokenEdit.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the last good token still works");
            Assert.That(loggedTheBrokenFile, Is.True, server.Output);
            Assert.That(File.ReadAllText(TokenFile), Is.EqualTo("{ this is not json"), "the server never rewrites the operator's file");
        });
    }

    [TestCase("{ not json", "is not valid JSON")]
    [TestCase("{\"project\": \"x\"}", "has no \"super_admin_token\" key")]
    [TestCase("{\"super_admin_token\": \"\"}", "has a \"super_admin_token\" that is empty")]
    [TestCase("{\"super_admin_token\": \"   \"}", "has a \"super_admin_token\" that is only white space")]
    [TestCase("{\"super_admin_token\": \" s3cret \"}", "has a \"super_admin_token\" that starts or ends with white space")]
    public async Task BrokenTokenFile_RefusesToStart_AndLeavesTheFileAlone(string content, string problem)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(TokenFile)!);
        File.WriteAllText(TokenFile, content);

        var (exitCode, output) = await ServerProcess.RunToExitAsync(Root);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain($"Refusing to start: The super admin token file {TokenFile} {problem}"));
            Assert.That(output, Does.Not.Contain("Unhandled exception").And.Not.Contain("s3cret"));
            Assert.That(File.ReadAllText(TokenFile), Is.EqualTo(content));
        });
    }

    /// <summary>The server looks at the token file at most once per Directus:TokenFileCheckInterval (1 s): poll until it has.</summary>
    private static async Task<HttpStatusCode> StatusOnceSettledAsync(ServerProcess server, string token, HttpStatusCode wanted)
    {
        var deadline = DateTime.UtcNow + SettleDeadline;
        while (true)
        {
            using var response = await server.Client.GetAsync(InfoUri(token));
            if (response.StatusCode == wanted || DateTime.UtcNow > deadline)
            {
                return response.StatusCode;
            }

            await Task.Delay(100);
        }
    }

    private static async Task WaitForOutputAsync(ServerProcess server, string text)
    {
        var deadline = DateTime.UtcNow + SettleDeadline;
        while (!server.Output.Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            using var _ = await server.Client.GetAsync(InfoUri("edited-while-running"));
            await Task.Delay(100);
        }
    }

    private static Uri InfoUri(string token) =>
        new("/server/info?super_admin_token=" + Uri.EscapeDataString(token), UriKind.Relative);

    private static async Task<JsonElement> DataOfAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("data").Clone();
    }
}
