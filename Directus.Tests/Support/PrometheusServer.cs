using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Directus.Tests.Support;

/// <summary>A real Prometheus (Debian's package) on a free loopback port, with its own storage in <paramref name="workspace"/>.</summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PrometheusServer(Process process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(15) };
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
    }

    public HttpClient Client { get; }

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

    public static async Task<PrometheusServer> StartAsync(string configFile, string workspace)
    {
        var address = new Uri($"http://127.0.0.1:{ServerProcess.FreePort().ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("prometheus")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workspace,
        };
        foreach (var argument in (string[])[
            "--config.file=" + configFile,
            "--storage.tsdb.path=" + Path.Combine(workspace, "tsdb"),
            "--web.listen-address=" + address.Authority,
            "--log.level=warn"])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start prometheus");
        var server = new PrometheusServer(process, address);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>An instant query through the HTTP API: each result's labels and value.</summary>
    public async Task<IReadOnlyList<(IReadOnlyDictionary<string, string> Labels, double Value)>> QueryAsync(string promql)
    {
        using var response = await Client.GetAsync(new Uri("/api/v1/query?query=" + Uri.EscapeDataString(promql), UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. answer.RootElement.GetProperty("data").GetProperty("result").EnumerateArray().Select(result => (
            (IReadOnlyDictionary<string, string>)result.GetProperty("metric").EnumerateObject().ToDictionary(label => label.Name, label => label.Value.GetString() ?? ""),
            double.Parse(result.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture)))];
    }

    /// <summary>The raw JSON answer of a query, to show in a report.</summary>
    public async Task<string> QueryTextAsync(string promql) =>
        await Client.GetStringAsync(new Uri("/api/v1/query?query=" + Uri.EscapeDataString(promql), UriKind.Relative));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _process.KillAndDisposeAsync();
    }

    private async Task WaitUntilReadyAsync()
    {
        if (await HttpReadiness.WaitForSuccessAsync(Client, "/-/ready", () => _process.HasExited, ReadyTimeout, TimeSpan.FromMilliseconds(100)))
        {
            return;
        }

        throw _process.HasExited
            ? new InvalidOperationException($"prometheus exited with {_process.ExitCode}:\n{Output}")
            : new TimeoutException($"prometheus was not ready within {ReadyTimeout}:\n{Output}");
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
}
