using System.Diagnostics;
using System.Globalization;
using System.Text;
using StackExchange.Redis;

namespace Directus.Tests.Support;

/// <summary>
/// A real redis-server (Debian's, installed by .ci/install-test-deps) on a free loopback port, in its own temporary
/// folder, with no persistence: what it holds dies with it. It can be stopped and started again on the same port.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const string Executable = "/usr/bin/redis-server";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _folder = new();
    private readonly string? _password;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private RedisServer(int port, string? password)
    {
        Port = port;
        _password = password;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string a server is given.</summary>
    public string Configuration => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}" + (_password is null ? "" : $",password={_password}");

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<RedisServer> StartAsync(string? password = null)
    {
        var server = new RedisServer(ServerProcess.FreePort(), password);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts redis-server (again) on the same port and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("redis-server is already running");
        }

        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder.Path,
        };
        foreach (var argument in (string[])["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _folder.Path,
                     "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", "", .. _password is null ? [] : (string[])["--requirepass", _password]])
        {
            start.ArgumentList.Add(argument);
        }

        lock (_output)
        {
            _output.Clear();
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start redis-server");
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!Output.Contains("Ready to accept connections", StringComparison.Ordinal))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not become ready:\n{Output}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Stops redis-server at once (SIGKILL: what a crash or a pulled cable looks like to its clients).</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>A client of its own, for a test to look at what the server under test stored.</summary>
    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(Configuration);

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

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _folder.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
