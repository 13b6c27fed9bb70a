using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Xml.Linq;

namespace Directus.Tests.Support;

/// <summary>
/// The sample host, <c>samples/Directus.SampleBackend</c>, as a real process: what a larger backend that mounts the
/// server from its NuGet package runs. Made once per test run, whoever asks first (concurrent callers share it, and a
/// failure is kept and given to every caller, with the same message): <c>scripts/pack-local-feed.sh</c> packs the four
/// layers into <c>artifacts/feed</c>, the sample is built in Release against that feed, then started on a free loopback
/// port with a fresh root, a random super admin token and a random host key. <see cref="SampleBackendCleanup"/> stops it
/// when the run ends.
/// </summary>
public sealed class SampleBackend : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(10);

    private static readonly Lazy<Task<LocalFeed>> Packed = new(PackAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Task<SampleBackend>> Started = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TempDirectory _workspace;

    private SampleBackend(ServerProcess server, TempDirectory workspace, string superAdminToken, string apiKey)
    {
        Server = server;
        _workspace = workspace;
        SuperAdminToken = superAdminToken;
        ApiKey = apiKey;
    }

    public static string ProjectFolder { get; } = Path.Combine(RepositoryPaths.Root, "samples", "Directus.SampleBackend");

    public static string ProjectFile { get; } = Path.Combine(ProjectFolder, "Directus.SampleBackend.csproj");

    /// <summary>The four packages in the local feed (running the pack script the first time it is asked for).</summary>
    public static Task<LocalFeed> FeedAsync() => Packed.Value;

    /// <summary>The started sample (packing, building and starting it the first time it is asked for).</summary>
    public static Task<SampleBackend> InstanceAsync() => Started.Value;

    public ServerProcess Server { get; }

    public HttpClient Client => Server.Client;

    public string SuperAdminToken { get; }

    /// <summary>The host's own credential, <c>Authorization: ApiKey &lt;key&gt;</c> (the sample's <c>Sample:ApiKey</c>).</summary>
    public string ApiKey { get; }

    /// <summary>Stops the sample if this run started it.</summary>
    public static async Task StopIfStartedAsync()
    {
        if (Started.IsValueCreated && Started.Value.IsCompletedSuccessfully)
        {
            await Started.Value.Result.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _workspace.Dispose();
    }

    private static async Task<LocalFeed> PackAsync()
    {
        using var logs = new TempDirectory();
        await RunToEndAsync(logs.Combine("pack.log"), "bash", Path.Combine(RepositoryPaths.Root, "scripts", "pack-local-feed.sh"));
        return LocalFeed.Read(Path.Combine(RepositoryPaths.Root, "artifacts", "feed"));
    }

    private static async Task<SampleBackend> StartAsync()
    {
        await FeedAsync();
        var workspace = new TempDirectory();
        try
        {
            await RunToEndAsync(workspace.Combine("build.log"), "dotnet", "build", ProjectFile, "-c", "Release", "-nologo");
            var output = Path.Combine(ProjectFolder, "bin", "Release", "net10.0");
            var superAdminToken = RandomSecret();
            var apiKey = RandomSecret();
            var address = new Uri($"http://127.0.0.1:{ServerProcess.FreePort().ToString(CultureInfo.InvariantCulture)}");
            var environment = new Dictionary<string, string?>
            {
                ["Urls"] = address.ToString().TrimEnd('/'),
                ["Directus__RootPath"] = workspace.Combine("root"),
                ["DIRECTUS_SUPER_ADMIN_TOKEN"] = superAdminToken,
                ["Sample__ApiKey"] = apiKey,
                // The contract suite sends about twenty wrong or blank tokens on purpose (README, "Contract tests").
                ["Directus__Throttle__Enabled"] = "false",
                // The apphost finds the runtime the tests run on.
                ["DOTNET_ROOT"] = Path.GetDirectoryName(Environment.ProcessPath!),
            };

            // In its output folder, as a service would start it: the content root, with the sample's appsettings.json.
            var server = await ServerProcess.StartPublishedAsync(Path.Combine(output, "Directus.SampleBackend"), output, environment, address);
            return new SampleBackend(server, workspace, superAdminToken, apiKey);
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    private static string RandomSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    /// <summary>
    /// Runs a command in the repository's root to its end and throws, with its output, unless it succeeds. Output goes
    /// to <paramref name="log"/>, not a pipe: build servers outlive the command and would hold a pipe open.
    /// </summary>
    private static async Task RunToEndAsync(string log, string command, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryPaths.Root, UseShellExecute = false };
        foreach (var argument in (string[])["-c", "exec \"$@\" >\"$DIRECTUS_TEST_LOG\" 2>&1", "bash", command, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        Deployment.DotnetCli.AsAUserWould(start, log);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}");
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{command} {string.Join(' ', arguments)} did not end within {CommandTimeout}:\n{await File.ReadAllTextAsync(log)}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await File.ReadAllTextAsync(log)}");
        }
    }

    /// <summary>The local feed the pack script filled: its folder and the version it wrote to <c>Directus.Packages.props</c>.</summary>
    public sealed record LocalFeed(string Folder, string Version)
    {
        public static readonly string[] PackageIds = ["Directus.Domain", "Directus.Application", "Directus.Infrastructure", "Directus.Api"];

        public string PackagePath(string id) => Path.Combine(Folder, $"{id}.{Version}.nupkg");

        public static LocalFeed Read(string folder)
        {
            var version = XDocument.Load(Path.Combine(folder, "Directus.Packages.props"))
                .Descendants("DirectusPackageVersion")
                .Single()
                .Value;
            return new LocalFeed(folder, version);
        }
    }
}
