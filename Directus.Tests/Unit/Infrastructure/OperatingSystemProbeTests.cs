using Directus.Infrastructure.Probes;
using Directus.Tests.Support;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class OperatingSystemProbeTests
{
    [Test]
    public void GetFamily_UsesPhpOsSpelling()
    {
        var expected = OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsMacOS() ? "Darwin" : OperatingSystem.IsWindows() ? "WINNT" : "FreeBSD";

        Assert.That(new OperatingSystemProbe().GetFamily(), Is.EqualTo(expected));
    }

    [Test]
    public void GetKernelVersion_OnLinux_ReadsTheKernelVersionFileTrimmed()
    {
        Assume.That(OperatingSystem.IsLinux(), "reads /proc on Linux only");
        using var folder = new TempDirectory();
        var fakeFile = folder.Combine("version");
        File.WriteAllText(fakeFile, "#42 SMP Tue Jul 2 22:58:16 UTC 2019\n");

        Assert.That(new OperatingSystemProbe(fakeFile).GetKernelVersion(), Is.EqualTo("#42 SMP Tue Jul 2 22:58:16 UTC 2019"));
    }

    [Test]
    public void GetKernelVersion_OnLinux_MatchesTheRealKernel()
    {
        Assume.That(OperatingSystem.IsLinux(), "reads /proc on Linux only");

        Assert.That(new OperatingSystemProbe().GetKernelVersion(), Is.EqualTo(File.ReadAllText("/proc/sys/kernel/version").Trim()).And.Not.Empty);
    }

    [Test]
    public void GetKernelVersion_WhenTheFileIsMissing_Throws()
    {
        Assume.That(OperatingSystem.IsLinux(), "reads /proc on Linux only");

        Assert.That(() => new OperatingSystemProbe("/nonexistent/kernel/version").GetKernelVersion(), Throws.InstanceOf<IOException>());
    }
}
