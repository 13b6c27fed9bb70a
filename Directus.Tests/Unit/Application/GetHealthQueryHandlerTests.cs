using Directus.Application.Server.Ports;
using Directus.Application.Server.Queries.GetHealth;
using Directus.Domain.Server;
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

    [SetUp]
    public void SetUp()
    {
        _checks = new Mock<IHealthCheckRunner>();
        _checks.Setup(checks => checks.RunAsync(It.IsAny<bool>(), It.IsAny<CancellationToken>())).ReturnsAsync(Outcomes);
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

    [TestCase(false)]
    [TestCase(true)]
    public async Task Handle_RunsTheChecksThatCallOutsideServices_OnlyForTheSuperAdmin(bool withToken)
    {
        await CreateHandler().Handle(new GetHealthQuery(withToken ? [RightToken] : []), CancellationToken.None);

        _checks.Verify(checks => checks.RunAsync(withToken, It.IsAny<CancellationToken>()), Times.Once);
        _checks.VerifyNoOtherCalls();
    }

    private GetHealthQueryHandler CreateHandler() => new(_checks.Object, Identity);
}
