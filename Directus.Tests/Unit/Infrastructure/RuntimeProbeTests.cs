using System.Globalization;
using Directus.Infrastructure.Probes;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class RuntimeProbeTests
{
    [Test]
    public void GetVersion_IsTheRunningRuntimeAsSemver()
    {
        var version = new RuntimeProbe().GetVersion();

        Assert.Multiple(() =>
        {
            Assert.That(version, Does.Match(@"^\d+\.\d+\.\d+$"));
            Assert.That(version, Does.StartWith(Environment.Version.Major.ToString(CultureInfo.InvariantCulture) + "."));
        });
    }

    [Test]
    public void AssemblyLoads_TellsShippedFromMissing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RuntimeCapabilityChecks.AssemblyLoads("System.Text.Json"), Is.True);
            Assert.That(RuntimeCapabilityChecks.AssemblyLoads("Directus.NotShipped.Anywhere"), Is.False);
        });
    }

    [Test]
    public void TypeLoads_TellsExistingFromMissing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RuntimeCapabilityChecks.TypeLoads("System.Data.Common.DbProviderFactories, System.Data.Common"), Is.True);
            Assert.That(RuntimeCapabilityChecks.TypeLoads("System.Data.Common.NoSuchType, System.Data.Common"), Is.False);
        });
    }

    [Test]
    public void GetCapabilities_ReportsWhatThisProcessShips()
    {
        var capabilities = new RuntimeProbe().GetCapabilities();

        Assert.Multiple(() =>
        {
            Assert.That(capabilities.DatabaseProviderModel, Is.True, "ADO.NET ships with the runtime");
            Assert.That(capabilities.MySqlDriver, Is.False, "no MySQL driver is referenced");
            Assert.That(capabilities.HttpClient, Is.True);
            Assert.That(capabilities.ImageProcessing, Is.False, "no image library is referenced");
            Assert.That(capabilities.ContentTypeDetection, Is.True);
            Assert.That(capabilities.UnicodeGlobalization, Is.EqualTo(!IsInvariantGlobalization()));
            Assert.That(capabilities.JsonSerializer, Is.True);
        });
    }

    private static bool IsInvariantGlobalization() =>
        AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant;
}
