using System.Diagnostics;
using System.Net;
using Directus.Tests.Support;

namespace Directus.Tests.Deployment;

/// <summary>
/// What a new operator does, on a copy of the sources: <c>dotnet run</c> (which creates the root and a token), then
/// <c>dotnet build</c> and <c>dotnet publish</c>; then the published server is checked against the shipped systemd unit
/// and started the way that unit starts it.
/// </summary>
[NonParallelizable]
public sealed class BuildAndServiceTests
{
    private const string StrayToken = "stray-token-from-an-old-project-folder-root";

    private TempDirectory _workspace = null!;
    private string _sources = null!;
    private string _dataHome = null!;
    private string _published = null!;

    private static string Unit => Path.Combine(RepositoryPaths.Root, "deploy", "systemd", "directus.service");

    [OneTimeSetUp]
    public async Task RunThenBuildThenPublish()
    {
        _workspace = new TempDirectory();
        _sources = _workspace.Combine("clone");
        _dataHome = _workspace.Combine("data-home");
        _published = _workspace.Combine("out");
        DotnetCli.CopySources(_sources);
        // Where the first-run root used to be (under the project folder): a build must not pick it up either.
        var strayFolder = Path.Combine(_sources, "Directus.Api", "storage", "config");
        Directory.CreateDirectory(strayFolder);
        File.WriteAllText(Path.Combine(strayFolder, "__api.json"), $"{{\"super_admin_token\": \"{StrayToken}\"}}");

        await RunUntilItServesAsync();
        await DotnetCli.RunAsync(_sources, "build", "Directus.Api");
        await DotnetCli.RunAsync(_sources, "publish", "Directus.Api", "-c", "Release", "-o", _published);
    }

    [OneTimeTearDown]
    public void RemoveWorkspace() => _workspace.Dispose();

    [Test]
    public void DotnetRun_CreatedItsRootInTheUsersDataFolder()
    {
        Assert.That(File.Exists(Path.Combine(_dataHome, "directus", "config", "__api.json")), Is.True);
    }

    [Test]
    public void BuildAndPublishOutput_HoldTheSettingsButNoTokenFileAndNoStorage()
    {
        string[] outputs = [Path.Combine(_sources, "Directus.Api", "bin"), Path.Combine(_sources, "Directus.Api", "obj"), _published];

        var carried = outputs
            .SelectMany(output => Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories))
            .Where(entry => Path.GetFileName(entry) is "__api.json" or "storage" || File.Exists(entry) && File.ReadAllText(entry).Contains(StrayToken, StringComparison.Ordinal))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(carried, Is.Empty);
            Assert.That(File.Exists(Path.Combine(_published, "appsettings.json")), Is.True, "the settings do travel");
        });
    }

    [Test]
    public async Task SystemdUnit_PassesSystemdAnalyzeVerify()
    {
        var unit = _workspace.Combine("directus.service");
        File.WriteAllText(unit, File.ReadAllText(Unit).Replace("/opt/directus", _published, StringComparison.Ordinal));

        var (exitCode, output) = await RunAsync("systemd-analyze", "verify", unit);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Is.Empty, "no warning either (an unknown key is only a warning)");
            Assert.That(File.ReadAllText(Unit), Does.Contain("RestartPreventExitStatus=1").And.Contain("Environment=Directus__RootPath="));
        });
    }

    [Test]
    public async Task PublishedServer_StartedInSlashWithTheUnitsEnvironment_AppliesItsShippedSettings()
    {
        var root = _workspace.Combine("service-root");
        var environment = UnitEnvironment();
        environment["Directus__RootPath"] = root; // the unit's /var/lib/directus is systemd's to create
        var address = new Uri($"http://127.0.0.1:{ServerProcess.FreePort()}");
        environment["Urls"] = address.ToString().TrimEnd('/');
        environment["DOTNET_ROOT"] = Path.GetDirectoryName(Environment.ProcessPath!);

        await using var server = await ServerProcess.StartPublishedAsync(Path.Combine(_published, "Directus.Api"), "/", environment, address);
        using var ping = await server.Client.GetAsync(new Uri("/server/ping", UriKind.Relative));
        server.Signal("TERM");
        await server.StopAsync(TimeSpan.FromSeconds(20));
        var output = server.Output;

        Assert.Multiple(() =>
        {
            Assert.That(ping.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(output, Does.Contain($"Settings files: {Path.Combine(_published, "appsettings.json")}"));
            Assert.That(output, Does.Contain($"Storage root: {root}"));
            Assert.That(output, Does.Contain("Application is shutting down"));
            // appsettings.json sets Microsoft.AspNetCore to Warning; without it the framework logs every request.
            Assert.That(output, Does.Not.Contain("Request starting"));
        });
    }

    private async Task RunUntilItServesAsync()
    {
        var address = new Uri($"http://127.0.0.1:{ServerProcess.FreePort()}");
        var log = _workspace.Combine("dotnet-run.log");
        using var run = DotnetCli.Start(_sources, log, new Dictionary<string, string> { ["XDG_DATA_HOME"] = _dataHome },
            "run", "--project", "Directus.Api", "--", "--urls", address.ToString().TrimEnd('/'));
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            // Still building, or not listening yet, until it answers.
            if (await HttpReadiness.WaitForSuccessAsync(client, "/server/ping", () => run.HasExited, TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(200)))
            {
                return;
            }

            Assert.Fail($"dotnet run did not serve ping:\n{File.ReadAllText(log)}");
        }
        finally
        {
            run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync();
        }
    }

    private static Dictionary<string, string?> UnitEnvironment() =>
        File.ReadAllLines(Unit)
            .Where(line => line.StartsWith("Environment=", StringComparison.Ordinal))
            .Select(line => line["Environment=".Length..].Split('=', 2))
            .ToDictionary(pair => pair[0], string? (pair) => pair[1]);

    private static async Task<(int ExitCode, string Output)> RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output + await errors).Trim());
    }
}
