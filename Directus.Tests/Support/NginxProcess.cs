using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Directus.Tests.Support;

/// <summary>
/// Real nginx (Debian's) in front of two server instances, with the shipped <c>deploy/nginx/directus.conf</c>: only its
/// upstream ports, listen address and access log path are replaced (each must be found exactly once, so a changed file
/// fails here rather than testing something else). Runs in the foreground with its own prefix, pid, logs and temp folders.
/// </summary>
public sealed class NginxProcess : IAsyncDisposable
{
    private const string Executable = "/usr/sbin/nginx";

    private readonly TempDirectory _folder;
    private readonly Process _process;

    private NginxProcess(Process process, TempDirectory folder, int port)
    {
        _process = process;
        _folder = folder;
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
    }

    public Uri BaseAddress { get; }

    public string AccessLogPath => _folder.Combine("access.log");

    public static string ShippedConfiguration => Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "directus.conf");

    public static async Task<NginxProcess> StartAsync(Uri firstInstance, Uri secondInstance)
    {
        ArgumentNullException.ThrowIfNull(firstInstance);
        ArgumentNullException.ThrowIfNull(secondInstance);
        var port = ServerProcess.FreePort();
        var folder = new TempDirectory();
        var site = ReplaceOnce(await File.ReadAllTextAsync(ShippedConfiguration), [
            ("server 127.0.0.1:8055;", $"server 127.0.0.1:{firstInstance.Port.ToString(CultureInfo.InvariantCulture)};"),
            ("server 127.0.0.1:8056;", $"server 127.0.0.1:{secondInstance.Port.ToString(CultureInfo.InvariantCulture)};"),
            ("listen 80;", $"listen 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)};"),
            ("/var/log/nginx/directus.access.log", folder.Combine("access.log")),
        ]);
        await File.WriteAllTextAsync(folder.Combine("directus.conf"), site);
        await File.WriteAllTextAsync(folder.Combine("nginx.conf"), $$"""
            pid {{folder.Combine("nginx.pid")}};
            error_log {{folder.Combine("error.log")}};
            worker_processes 1;
            events { worker_connections 256; }
            http {
                client_body_temp_path {{folder.Combine("client_body")}};
                proxy_temp_path {{folder.Combine("proxy")}};
                fastcgi_temp_path {{folder.Combine("fastcgi")}};
                uwsgi_temp_path {{folder.Combine("uwsgi")}};
                scgi_temp_path {{folder.Combine("scgi")}};
                include {{folder.Combine("directus.conf")}};
            }
            """);

        var start = new ProcessStartInfo(Executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-p", folder.Path, "-e", folder.Combine("error.log"), "-c", folder.Combine("nginx.conf"), "-g", "daemon off;"])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start nginx");
        var nginx = new NginxProcess(process, folder, port);
        await nginx.WaitUntilListeningAsync(port);
        return nginx;
    }

    /// <summary>The access log's lines so far (the shipped format: client, time, method and path without query, status, upstream).</summary>
    public string[] AccessLog() => File.Exists(AccessLogPath) ? File.ReadAllLines(AccessLogPath) : [];

    public string ErrorLog => File.Exists(_folder.Combine("error.log")) ? File.ReadAllText(_folder.Combine("error.log")) : string.Empty;

    public async ValueTask DisposeAsync()
    {
        await _process.KillAndDisposeAsync();
        _folder.Dispose();
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()}\n{ErrorLog}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    private static string ReplaceOnce(string text, (string Shipped, string Test)[] replacements)
    {
        foreach (var (shipped, test) in replacements)
        {
            var first = text.IndexOf(shipped, StringComparison.Ordinal);
            if (first < 0 || text.IndexOf(shipped, first + shipped.Length, StringComparison.Ordinal) >= 0)
            {
                throw new InvalidOperationException($"{ShippedConfiguration} should hold \"{shipped}\" exactly once");
            }

            text = text.Replace(shipped, test, StringComparison.Ordinal);
        }

        return text;
    }
}
