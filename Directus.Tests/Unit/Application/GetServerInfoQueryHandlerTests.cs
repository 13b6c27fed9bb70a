using Directus.Application.Common.Errors;
using Directus.Application.Server.Ports;
using Directus.Application.Server.Queries.GetServerInfo;
using Directus.Domain.Server;
using Directus.Tests.Support;
using Moq;

namespace Directus.Tests.Unit.Application;

public sealed class GetServerInfoQueryHandlerTests
{
    private const string RightToken = "right";

    private static readonly RuntimeCapabilities SomeCapabilities = new(true, false, true, false, true, true, true);

    private Mock<IWebServerProbe> _webServer = null!;
    private Mock<IOperatingSystemProbe> _operatingSystem = null!;
    private Mock<IRuntimeProbe> _runtime = null!;
    private Mock<IUploadLimitProbe> _uploadLimit = null!;
    private Mock<IDirectoryPermissionProbe> _permissions = null!;
    private ManualResetEventSlim _release = null!;

    [SetUp]
    public void SetUp()
    {
        _release = new ManualResetEventSlim();
        _webServer = new Mock<IWebServerProbe>();
        _operatingSystem = new Mock<IOperatingSystemProbe>();
        _runtime = new Mock<IRuntimeProbe>();
        _uploadLimit = new Mock<IUploadLimitProbe>();
        _permissions = new Mock<IDirectoryPermissionProbe>();
        _webServer.Setup(probe => probe.GetSoftware()).Returns("Kestrel/10.0.1");
        _operatingSystem.Setup(probe => probe.GetFamily()).Returns("Linux");
        _operatingSystem.Setup(probe => probe.GetKernelVersion()).Returns("#1 SMP");
        _runtime.Setup(probe => probe.GetVersion()).Returns("10.0.1");
        _runtime.Setup(probe => probe.GetCapabilities()).Returns(SomeCapabilities);
        _uploadLimit.Setup(probe => probe.GetLimits()).Returns((30_000_000L, 134_217_728L));
        _permissions.Setup(probe => probe.GetMode(StorageFolder.Public)).Returns(0b111_101_101);
        _permissions.Setup(probe => probe.GetMode(StorageFolder.Logs)).Returns((int?)null);
        _permissions.Setup(probe => probe.GetMode(StorageFolder.Uploads)).Returns(0b010_111_111_101);
    }

    [TearDown]
    public void TearDown()
    {
        _release.Set();
        _release.Dispose();
    }

    [Test]
    public async Task Handle_WithRightToken_AssemblesWhatTheProbesMeasured()
    {
        var info = await CreateHandler().Handle(new GetServerInfoQuery([RightToken]), CancellationToken.None);

        Assert.That(info, Is.EqualTo(new ServerInfo(
            "8.8.1",
            new WebServerFacts("Kestrel/10.0.1", null, "Linux", "#1 SMP"),
            new RuntimeFacts("10.0.1", 30_000_000L, SomeCapabilities),
            new StoragePermissions("0755", "0", "2775"))));
    }

    [Test]
    public async Task Handle_WhenProbesThrow_UsesEachFallback()
    {
        _webServer.Setup(probe => probe.GetSoftware()).Throws<InvalidOperationException>();
        _runtime.Setup(probe => probe.GetCapabilities()).Throws<TypeLoadException>();
        _uploadLimit.Setup(probe => probe.GetLimits()).Throws<InvalidOperationException>();
        _permissions.Setup(probe => probe.GetMode(StorageFolder.Uploads)).Throws<IOException>();

        var info = await CreateHandler().Handle(new GetServerInfoQuery([RightToken]), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(info.WebServer.Software, Is.Null);
            Assert.That(info.WebServer.OperatingSystemFamily, Is.EqualTo("Linux"), "the other probes still answer");
            Assert.That(info.Runtime.Capabilities, Is.EqualTo(RuntimeCapabilities.None));
            Assert.That(info.Runtime.MaxUploadSize, Is.Zero);
            Assert.That(info.Permissions, Is.EqualTo(new StoragePermissions("0755", "0", "0")), "only the failing folder falls back");
        });
    }

    [Test]
    public async Task Handle_WhenAPermissionProbeHangs_AnswersWithinTheBoundUsingItsFallback()
    {
        _permissions.Setup(probe => probe.GetMode(StorageFolder.Public)).Returns(() => { _release.Wait(); return 0b111_101_101; });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var info = await CreateHandler(TimeSpan.FromSeconds(1)).Handle(new GetServerInfoQuery([RightToken]), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(info.Permissions, Is.EqualTo(StoragePermissions.Unknown), "the folders are probed together, under one bound");
            Assert.That(info.Runtime.MaxUploadSize, Is.EqualTo(30_000_000L), "the other probes still answer");
            Assert.That(info.WebServer.KernelVersion, Is.EqualTo("#1 SMP"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "bounded, not waiting for the hung probe");
        });
    }

    [Test]
    public async Task Handle_WhenAStaticProbeHangs_AnswersWithItsFallback()
    {
        _operatingSystem.Setup(probe => probe.GetKernelVersion()).Returns(() => { _release.Wait(); return "late"; });

        var info = await CreateHandler(TimeSpan.FromMilliseconds(500)).Handle(new GetServerInfoQuery([RightToken]), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(info.WebServer.KernelVersion, Is.Null);
            Assert.That(info.WebServer.OperatingSystemFamily, Is.EqualTo("Linux"));
        });
    }

    [Test]
    public async Task Handle_MeasuresStaticFactsOnceAndPermissionsEveryTime()
    {
        var handler = CreateHandler();

        await handler.Handle(new GetServerInfoQuery([RightToken]), CancellationToken.None);
        await handler.Handle(new GetServerInfoQuery([RightToken]), CancellationToken.None);

        _operatingSystem.Verify(probe => probe.GetKernelVersion(), Times.Once);
        _runtime.Verify(probe => probe.GetCapabilities(), Times.Once);
        _permissions.Verify(probe => probe.GetMode(StorageFolder.Public), Times.Exactly(2));
        _uploadLimit.Verify(probe => probe.GetLimits(), Times.Exactly(2));
    }

    private GetServerInfoQueryHandler CreateHandler(TimeSpan? timeout = null)
    {
        var probes = Probes.Runner(timeout ?? TimeSpan.FromSeconds(5));
        var staticFacts = new StaticServerFactsCache(_webServer.Object, _operatingSystem.Object, _runtime.Object, probes);
        return new GetServerInfoQueryHandler(staticFacts, _uploadLimit.Object, _permissions.Object, probes);
    }
}
