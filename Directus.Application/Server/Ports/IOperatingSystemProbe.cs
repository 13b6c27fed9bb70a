namespace Directus.Application.Server.Ports;

/// <summary>Reads the operating system facts that <c>/server/info</c> reports as <c>data.server.os</c> and <c>os_version</c>.</summary>
public interface IOperatingSystemProbe
{
    /// <summary>The OS family in PHP_OS spelling: Linux, Darwin, WINNT, FreeBSD.</summary>
    string GetFamily();

    /// <summary>The kernel version string, what <c>uname -v</c> prints.</summary>
    string GetKernelVersion();
}
