using Directus.Application.Configuration;
using Directus.Application.Server.Ports;
using Directus.Application.Server.Queries.GetHealth;
using Directus.Domain.Server;
using Directus.Tests.Support;
using Microsoft.Extensions.Options;
using Moq;

namespace Directus.Tests.Unit.Application;

public sealed class GetHealthQueryHandlerTests
{
    private const string RightToken = "right";

    private static readonly ServiceIdentity Identity = new("1.2.3+abc", "node-1");

    private static readonly HealthCheckOutcome[] Outcomes =
    [
        new("server:uptime", [new HealthObservation("system", HealthState.Ok, 12.5, "s")]),
        new("storage:logs:writable", [new HealthObservation("objectstore", HealthState.Warn, 900, "ms", 750, "slow")]),
    ];

    private Mock<IHealthCheckRunner> _checks = null!;
    private ManualTimeProvider _time = null!;

    [SetUp]
    public void SetUp()
    {
        _checks = new Mock<IHealthCheckRunner>();
        _checks.Setup(checks => checks.RunAsync(It.IsAny<bool>(), It.IsAny<CancellationToken>())).ReturnsAsync(Outcomes);
        _time = new ManualTimeProvider();
    }

    [Test]
    public async Task Handle_WithoutToken_RunsTheChecksButTellsOnlyTheStatus()
    {
        var health = await CreateHandler().Handle(new GetHealthQuery([]), CancellationToken.None);

        Assert.That(health, Is.EqualTo(new ServerHealth(HealthState.Warn, null, null, null)));
    }

    [Test]
    public async Task Handle_WithRightToken_AddsReleaseServiceAndChecks()
    {
        var health = await CreateHandler().Handle(new GetHealthQuery([RightToken]), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(health.Status, Is.EqualTo(HealthState.Warn));
            Assert.That(health.ReleaseId, Is.EqualTo("1.2.3+abc"));
            Assert.That(health.ServiceId, Is.EqualTo("node-1"));
            Assert.That(health.Checks, Is.EqualTo(Outcomes));
        });
    }

    [Test]
    public async Task Handle_AnonymousCallsWithinALifetime_ShareOneRun()
    {
        var handler = CreateHandler();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => handler.Handle(new GetHealthQuery([]), CancellationToken.None)));
        _time.Advance(TimeSpan.FromMilliseconds(999));
        await handler.Handle(new GetHealthQuery([]), CancellationToken.None);

        _checks.Verify(checks => checks.RunAsync(It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Handle_AnonymousCallAfterTheLifetime_RunsTheChecksAgain()
    {
        var handler = CreateHandler();

        await handler.Handle(new GetHealthQuery([]), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        await handler.Handle(new GetHealthQuery([]), CancellationToken.None);

        _checks.Verify(checks => checks.RunAsync(It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public async Task Handle_AnonymousCallsDuringARun_WaitForThatRun()
    {
        var running = new TaskCompletionSource<IReadOnlyList<HealthCheckOutcome>>();
        _checks.Setup(checks => checks.RunAsync(It.IsAny<bool>(), It.IsAny<CancellationToken>())).Returns(running.Task);
        var handler = CreateHandler();

        var first = handler.Handle(new GetHealthQuery([]), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(5)); // a run slower than the lifetime is still the one to wait for
        var second = handler.Handle(new GetHealthQuery([]), CancellationToken.None);
        running.SetResult(Outcomes);

        Assert.That((await first).Status, Is.EqualTo((await second).Status));
        _checks.Verify(checks => checks.RunAsync(It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Handle_WithRightToken_AlwaysRunsTheChecksAfresh()
    {
        var handler = CreateHandler();

        await handler.Handle(new GetHealthQuery([]), CancellationToken.None);
        await handler.Handle(new GetHealthQuery([RightToken]), CancellationToken.None);
        await handler.Handle(new GetHealthQuery([RightToken]), CancellationToken.None);

        _checks.Verify(checks => checks.RunAsync(It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Handle_RunsTheChecksThatCallOutsideServices_OnlyForTheSuperAdmin(bool withToken)
    {
        await CreateHandler().Handle(new GetHealthQuery(withToken ? [RightToken] : []), CancellationToken.None);

        _checks.Verify(checks => checks.RunAsync(withToken, It.IsAny<CancellationToken>()), Times.Once);
        _checks.VerifyNoOtherCalls();
    }

    private GetHealthQueryHandler CreateHandler() =>
        new(_checks.Object, new SharedHealthRun(_checks.Object, Options.Create(new HealthReportOptions()), _time), Identity);
}
