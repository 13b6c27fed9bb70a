using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Directus.Tests.Support;

public static class UnprivilegedAccount
{
    public const int NobodyId = 65534;

    public static bool IsNeededToDropPrivileges { get; } = !OperatingSystem.IsWindows() && Environment.UserName == "root";

    public static IReadOnlyList<string> SetprivArguments { get; } =
    [
        "--reuid=" + NobodyId.ToString(CultureInfo.InvariantCulture),
        "--regid=" + NobodyId.ToString(CultureInfo.InvariantCulture),
        "--clear-groups",
        "--",
    ];

    public static string Name => $"nobody (uid {NobodyId})";

    /// <summary>Makes <paramref name="workspace"/> reachable and <paramref name="root"/> (recursively) owned by the unprivileged account.</summary>
    public static void HandOver(string workspace, string root)
    {
        File.SetUnixFileMode(workspace, (UnixFileMode)Convert.ToInt32("755", 8));
        if (IsNeededToDropPrivileges)
        {
            GiveAway(root);
        }
    }

    /// <summary>Makes <paramref name="path"/> (recursively) owned by the unprivileged account.</summary>
    public static void GiveAway(string path)
    {
        using var chown = Process.Start("chown", ["-R", $"{NobodyId}:{NobodyId}", path]);
        chown.WaitForExit();
        if (chown.ExitCode != 0)
        {
            throw new InvalidOperationException($"chown of {path} failed with {chown.ExitCode}");
        }
    }

    /// <summary>Runs <paramref name="program"/> as the unprivileged account (the tests run as root) and returns its exit code and output.</summary>
    public static (int ExitCode, string Output) Run(string home, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo("setpriv") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[.. SetprivArguments, program, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = home;
        using var process = StartSetpriv(start);
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + errors.Result);
    }

    /// <summary>
    /// Why the unprivileged account cannot get to <paramref name="path"/> as far as file modes tell: the first folder
    /// on the way that lets no other account through, or the path itself when others may not read it; null if none.
    /// </summary>
    public static string? BarrierOnTheWayTo(string path)
    {
        var folders = new List<string>();
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(path)); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            folders.Insert(0, folder);
        }

        foreach (var folder in folders.Where(Directory.Exists))
        {
            var mode = File.GetUnixFileMode(folder);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                return $"{folder} has mode {Octal(mode)}, which lets no other account through";
            }
        }

        return File.Exists(path) && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.OtherRead)
            ? $"{path} has mode {Octal(File.GetUnixFileMode(path))}, which lets no other account read it"
            : null;
    }

    private static Process StartSetpriv(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("Could not start setpriv");
        }
        catch (Win32Exception missing)
        {
            throw new InvalidOperationException(
                $"Run as root, the tests start some servers as {Name} with setpriv, which could not be started ({missing.Message}): "
                + "install it (util-linux; .ci/install-test-deps does) or run the tests as an ordinary user", missing);
        }
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(4, '0');
}
