using System.Diagnostics;
using System.Globalization;

namespace Directus.Tests.Support;

/// <summary>Which user the server process runs as.</summary>
public enum Account
{
    /// <summary>The user running the tests.</summary>
    Current,

    /// <summary>
    /// An ordinary user, for faults that file modes cause: root ignores chmod 000, so when the tests run as root the
    /// server is started as <c>nobody</c> (with setpriv); otherwise the current user already is one.
    /// </summary>
    Unprivileged,
}

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

    /// <summary>Makes <paramref name="workspace"/> reachable and <paramref name="root"/> (recursively) owned by the unprivileged account.</summary>
    public static void HandOver(string workspace, string root)
    {
        File.SetUnixFileMode(workspace, (UnixFileMode)Convert.ToInt32("755", 8));
        if (!IsNeededToDropPrivileges)
        {
            return;
        }

        using var chown = Process.Start("chown", ["-R", $"{NobodyId}:{NobodyId}", root]);
        chown.WaitForExit();
        if (chown.ExitCode != 0)
        {
            throw new InvalidOperationException($"chown of {root} failed with {chown.ExitCode}");
        }
    }
}
