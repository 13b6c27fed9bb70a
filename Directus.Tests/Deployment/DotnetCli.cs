using System.Diagnostics;
using Directus.Tests.Support;

namespace Directus.Tests.Deployment;

/// <summary>Runs the .NET CLI on a copy of the sources, as a user would, isolated from the test run's own build.</summary>
public static class DotnetCli
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The server's sources and build settings, without any build output, copied to <paramref name="target"/>.</summary>
    public static void CopySources(string target)
    {
        foreach (var file in (string[])["Directus.sln", "global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig"])
        {
            Directory.CreateDirectory(target);
            File.Copy(Path.Combine(RepositoryPaths.Root, file), Path.Combine(target, file));
        }

        foreach (var project in (string[])["Directus.Domain", "Directus.Application", "Directus.Infrastructure", "Directus.Api"])
        {
            CopyFolder(Path.Combine(RepositoryPaths.Root, project), Path.Combine(target, project));
        }
    }

    /// <summary>
    /// A process for <c>dotnet <paramref name="arguments"/></c> in <paramref name="workingDirectory"/>. Output goes to a
    /// file, not a pipe: build servers outlive the command and would hold a pipe open.
    /// </summary>
    public static Process Start(string workingDirectory, string logFile, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$@\" >\"$DIRECTUS_TEST_LOG\" 2>&1");
        start.ArgumentList.Add("dotnet");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        AsAUserWould(start, logFile);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet");
    }

    /// <summary>
    /// The environment a user's own command has: none of the test run's MSBuild or VSTest settings, no build server
    /// left behind, no super admin token, and the output going to <paramref name="logFile"/> (see the command line).
    /// </summary>
    public static void AsAUserWould(ProcessStartInfo start, string logFile)
    {
        ArgumentNullException.ThrowIfNull(start);
        foreach (var key in start.Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DIRECTUS_TEST_LOG"] = logFile;
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("DIRECTUS_SUPER_ADMIN_TOKEN");
    }

    /// <summary>Runs a command to its end and fails the test, with the command's output, if it does not succeed.</summary>
    public static async Task RunAsync(string workingDirectory, params string[] arguments)
    {
        var log = Path.Combine(workingDirectory, $"dotnet-{arguments[0]}.log");
        using var process = Start(workingDirectory, log, new Dictionary<string, string>(), arguments);
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await process.WaitForExitAsync(timeout.Token);
        Assert.That(process.ExitCode, Is.Zero, $"dotnet {string.Join(' ', arguments)}:\n{File.ReadAllText(log)}");
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source).Where(folder => Path.GetFileName(folder) is not ("bin" or "obj" or "storage")))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
