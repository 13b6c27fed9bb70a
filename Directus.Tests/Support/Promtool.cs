using System.Diagnostics;

namespace Directus.Tests.Support;

/// <summary>Prometheus's own checker (Debian's <c>prometheus</c> package).</summary>
public static class Promtool
{
    /// <summary><c>promtool check metrics</c> on <paramref name="exposition"/>: its exit code (0 accepted, 1 unparsable, 3 lint problems) and what it said.</summary>
    public static Task<(int ExitCode, string Output)> CheckMetricsAsync(string exposition) => RunAsync(exposition, "check", "metrics");

    public static Task<(int ExitCode, string Output)> CheckConfigAsync(string configFile) => RunAsync(null, "check", "config", configFile);

    private static async Task<(int ExitCode, string Output)> RunAsync(string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("promtool")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start promtool");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
