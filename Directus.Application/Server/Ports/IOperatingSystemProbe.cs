namespace Directus.Application.Server.Ports;

public interface IOperatingSystemProbe
{
    /// <summary>The OS family in PHP_OS spelling: Linux, Darwin, WINNT, FreeBSD.</summary>
    string GetFamily();

    /// <summary>The kernel version string, what <c>uname -v</c> prints.</summary>
    string GetKernelVersion();
}
