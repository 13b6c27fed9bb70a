using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Directus.Tests.Support;

/// <summary>The real server: the built Directus.Api.dll on real Kestrel, on a free loopback port.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri baseAddress, X509Certificate2? trustedCertificate)
    {
        _process = process;
        BaseAddress = baseAddress;
        var handler = new SocketsHttpHandler();
        if (trustedCertificate is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
                presented is not null && presented.GetCertHashString() == trustedCertificate.GetCertHashString();
        }

        Client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(15) };
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Waits until the output contains <paramref name="text"/> (the console logger writes from a queue, so a line
    /// may appear a moment after the request that caused it); true if it did within the timeout.
    /// </summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    /// <summary>Starts the server and waits until it answers ping.</summary>
    public static Task<ServerProcess> StartAsync(string rootPath, IReadOnlyDictionary<string, string?>? environment = null, params string[] arguments) =>
        StartAsync(Account.Current, rootPath, environment, arguments);

    /// <summary>Starts the server as <paramref name="account"/> and waits until it answers ping.</summary>
    public static Task<ServerProcess> StartAsync(Account account, string rootPath, IReadOnlyDictionary<string, string?>? environment = null, params string[] arguments) =>
        WaitUntilServingAsync(Launch(account, rootPath, environment, arguments));

    /// <summary>Starts the server on https with <paramref name="certificate"/> (trusted by <see cref="Client"/>) and waits until it answers ping.</summary>
    public static Task<ServerProcess> StartHttpsAsync(string rootPath, X509Certificate2 certificate, params string[] arguments) =>
        WaitUntilServingAsync(Launch(Account.Current, rootPath, null, arguments, certificate));

    /// <summary>
    /// Starts a published server the way a service manager does: its own executable, in <paramref name="workingDirectory"/>,
    /// with only <paramref name="environment"/> as configuration (no command-line arguments), listening at <paramref name="address"/>.
    /// </summary>
    public static Task<ServerProcess> StartPublishedAsync(string executable, string workingDirectory, IReadOnlyDictionary<string, string?> environment, Uri address)
    {
        var start = new ProcessStartInfo(executable) { WorkingDirectory = workingDirectory };
        return WaitUntilServingAsync(Begin(start, environment, address, certificate: null));
    }

    private static async Task<ServerProcess> WaitUntilServingAsync(ServerProcess server)
    {
        if (await HttpReadiness.WaitForSuccessAsync(server.Client, "/server/ping", () => server.HasExited, StartTimeout, TimeSpan.FromMilliseconds(50)))
        {
            return server;
        }

        if (server.HasExited)
        {
            throw new InvalidOperationException($"The server exited with {server._process.ExitCode} during start-up:\n{server.Output}");
        }

        await server.DisposeAsync();
        throw new TimeoutException($"The server did not answer ping within {StartTimeout}:\n{server.Output}");
    }

    /// <summary>Starts the server and waits for it to exit on its own (for start-ups that must be refused).</summary>
    public static Task<(int ExitCode, string Output)> RunToExitAsync(string rootPath, IReadOnlyDictionary<string, string?>? environment = null, params string[] arguments) =>
        RunToExitAsync(Account.Current, rootPath, environment, arguments);

    /// <summary>As <see cref="RunToExitAsync(string, IReadOnlyDictionary{string, string?}?, string[])"/>, as <paramref name="account"/>.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(Account account, string rootPath, IReadOnlyDictionary<string, string?>? environment = null, params string[] arguments)
    {
        await using var server = Launch(account, rootPath, environment, arguments);
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await server._process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The server did not exit within {StartTimeout}:\n{server.Output}");
        }

        server._process.WaitForExit(); // flushes the redirected output
        return (server._process.ExitCode, server.Output);
    }

    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            Signal("TERM");
        }

        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _process.KillAndDisposeAsync();
    }

    private static ServerProcess Launch(Account account, string rootPath, IReadOnlyDictionary<string, string?>? environment, string[] arguments, X509Certificate2? certificate = null)
    {
        var address = new Uri($"{(certificate is null ? "http" : "https")}://127.0.0.1:{FreePort()}");
        var workingDirectory = NearestExistingFolder(Path.GetDirectoryName(rootPath) ?? rootPath);
        var switchUser = account == Account.Unprivileged && UnprivilegedAccount.IsNeededToDropPrivileges;
        var start = new ProcessStartInfo(switchUser ? "setpriv" : "dotnet") { WorkingDirectory = workingDirectory };
        var apiAssembly = RepositoryPaths.ApiAssembly;
        if (switchUser)
        {
            // The account may not reach the clone (under /root, or a mktemp -d folder): it runs a copy it can read.
            var files = UnprivilegedServerFiles.Instance;
            foreach (var argument in UnprivilegedAccount.SetprivArguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(files.DotnetHost);
            start.Environment["HOME"] = files.Home;
            apiAssembly = files.ApiAssembly;
        }

        foreach (var argument in (string[])[apiAssembly, "--urls", address.ToString().TrimEnd('/'), "--Directus:RootPath", rootPath, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        return Begin(start, environment, address, certificate);
    }

    private static ServerProcess Begin(ProcessStartInfo start, IReadOnlyDictionary<string, string?>? environment, Uri address, X509Certificate2? certificate)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment.Remove("DIRECTUS_SUPER_ADMIN_TOKEN");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}");
        var server = new ServerProcess(process, address, certificate);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    // A root that is still to be created (or that cannot be) has no folder to start in; its nearest existing ancestor does.
    private static string NearestExistingFolder(string path)
    {
        var folder = path;
        while (!Directory.Exists(folder) && Path.GetDirectoryName(folder) is { } parent)
        {
            folder = parent;
        }

        return folder;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
