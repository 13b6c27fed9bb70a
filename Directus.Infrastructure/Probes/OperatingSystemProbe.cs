using System.Runtime.InteropServices;
using Directus.Application.Server.Ports;

namespace Directus.Infrastructure.Probes;

/// <summary>Names the operating system and its kernel version from the runtime and, on Linux, <c>/proc</c>.</summary>
/// <param name="linuxKernelVersionFile">Where to read the Linux kernel version; tests point it elsewhere.</param>
public sealed class OperatingSystemProbe(string linuxKernelVersionFile = OperatingSystemProbe.LinuxKernelVersionFile) : IOperatingSystemProbe
{
    /// <summary>Holds what <c>uname -v</c> prints.</summary>
    public const string LinuxKernelVersionFile = "/proc/sys/kernel/version";

    /// <inheritdoc />
    public string GetFamily()
    {
        if (OperatingSystem.IsLinux())
        {
            return "Linux";
        }

        if (OperatingSystem.IsMacOS())
        {
            return "Darwin";
        }

        if (OperatingSystem.IsWindows())
        {
            return "WINNT";
        }

        if (OperatingSystem.IsFreeBSD())
        {
            return "FreeBSD";
        }

        return RuntimeInformation.OSDescription.Split(' ', 2)[0];
    }

    /// <inheritdoc />
    public string GetKernelVersion() =>
        OperatingSystem.IsLinux()
            ? File.ReadAllText(linuxKernelVersionFile).Trim()
            : Environment.OSVersion.VersionString;
}
