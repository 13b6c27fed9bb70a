using System.Diagnostics;
using System.Text;

namespace Directus.Tests.Support;

/// <summary>Debian's Chromium, headless, with a fresh profile and no network of its own (.ci/install-test-deps installs it).</summary>
public static class HeadlessChromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static string? Path => File.Exists(DefaultPath) ? DefaultPath : null;

    /// <summary>Skips the calling test (never passes it) when Chromium is not installed.</summary>
    public static string RequirePath()
    {
        if (Path is { } path)
        {
            return path;
        }

        Assert.Ignore($"Chromium is not installed at {DefaultPath}; run .ci/install-test-deps (apt-get install chromium) to run this test");
        return DefaultPath;
    }

    /// <summary>Loads the page, lets its scripts run for up to <paramref name="virtualTimeMs"/> of virtual time, and returns the rendered DOM.</summary>
    public static async Task<string> DumpDomAsync(Uri page, int virtualTimeMs = 10_000)
    {
        var (exitCode, output, errors) = await RunAsync("--dump-dom", $"--virtual-time-budget={virtualTimeMs}", page.ToString());
        return exitCode == 0
            ? output
            : throw new InvalidOperationException($"chromium exited with {exitCode}:\n{errors}");
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        using var profile = new TempDirectory();
        var start = new ProcessStartInfo(RequirePath())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                     "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.Path, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start chromium");
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, line) =>
        {
            lock (errors)
            {
                errors.AppendLine(line.Data);
            }
        };
        process.BeginErrorReadLine();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish within {Timeout}");
        }

        process.WaitForExit();
        var dom = await output;
        lock (errors)
        {
            return (process.ExitCode, dom, errors.ToString());
        }
    }
}
