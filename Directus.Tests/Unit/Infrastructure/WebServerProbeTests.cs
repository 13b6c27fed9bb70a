using Directus.Application.Common;
using Directus.Infrastructure.Probes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Moq;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class WebServerProbeTests
{
    [Test]
    public void GetSoftware_ForAnotherServer_NamesItsTypeAndVersion()
    {
        var server = new Mock<IServer>();
        server.SetupGet(s => s.Features).Returns(new FeatureCollection());

        var software = new WebServerProbe(server.Object).GetSoftware();

        Assert.That(software, Does.Match(@"^\w+/\d+\.\d+\.\d+"));
        Assert.That(software, Does.Not.StartWith("Kestrel/"), "a server that is not Kestrel is not reported as Kestrel");
    }

    [Test]
    public void ProductVersion_DropsTheSourceRevision()
    {
        var version = AssemblyVersion.Of(typeof(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions).Assembly, withBuildMetadata: false);

        Assert.That(version, Does.Match(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$"));
    }
}
