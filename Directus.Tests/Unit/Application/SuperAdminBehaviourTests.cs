using Directus.Application.Common.Behaviours;
using Directus.Application.Common.Errors;
using Directus.Application.Metrics.Ports;
using Directus.Application.Metrics.Queries.ScrapeMetrics;
using Directus.Application.Server.Ports;
using Directus.Application.Server.Queries.GetHealth;
using Directus.Application.Server.Queries.GetServerInfo;
using Moq;

namespace Directus.Tests.Unit.Application;

public sealed class SuperAdminBehaviourTests
{
    private const string RightToken = "right";
    private const string ScrapeToken = "scrape";

    private Mock<ISuperAdminTokenVerifier> _verifier = null!;
    private Mock<IMetricsTokenVerifier> _metricsTokens = null!;
    private int _handlerRuns;

    [SetUp]
    public void SetUp()
    {
        _verifier = new Mock<ISuperAdminTokenVerifier>(MockBehavior.Strict);
        _verifier.Setup(verifier => verifier.IsSuperAdminToken(It.IsAny<string>())).Returns(false);
        _verifier.Setup(verifier => verifier.IsSuperAdminToken(RightToken)).Returns(true);
        _metricsTokens = new Mock<IMetricsTokenVerifier>(MockBehavior.Strict);
        _metricsTokens.Setup(verifier => verifier.IsMetricsToken(It.IsAny<string>())).Returns(false);
        _metricsTokens.Setup(verifier => verifier.IsMetricsToken(ScrapeToken)).Returns(true);
        _handlerRuns = 0;
    }

    [TestCase("wrong")]
    [TestCase("RIGHT")]
    public void Handle_WithWrongToken_ThrowsCode3BeforeTheHandler(string token)
    {
        var denied = Assert.ThrowsAsync<PermissionDeniedException>(() => SendAsync([token]));

        Assert.Multiple(() =>
        {
            Assert.That(denied.Code, Is.EqualTo(DirectusErrorCode.PermissionDenied));
            Assert.That(_handlerRuns, Is.Zero);
        });
    }

    [Test]
    public async Task Handle_WithRightToken_RunsTheHandler()
    {
        await SendAsync([RightToken]);

        Assert.That(_handlerRuns, Is.EqualTo(1));
    }

    [Test]
    public async Task Handle_WithoutToken_RunsTheHandlerWithoutAskingTheVerifier()
    {
        await SendAsync([]);

        Assert.That(_handlerRuns, Is.EqualTo(1));
        _verifier.Verify(verifier => verifier.IsSuperAdminToken(It.IsAny<string>()), Times.Never);
    }

    [Test]
    public void Handle_WithSeveralRightTokens_IsRefusedEvenIfTheValidatorWasSkipped()
    {
        Assert.ThrowsAsync<PermissionDeniedException>(() => SendAsync([RightToken, RightToken]));
        Assert.That(_handlerRuns, Is.Zero);
    }

    [Test]
    public void Handle_WithoutTokenWhereOneIsRequired_IsRefusedEvenIfTheValidatorWasSkipped()
    {
        Assert.ThrowsAsync<PermissionDeniedException>(() =>
            new SuperAdminBehaviour<GetServerInfoQuery, int>(_verifier.Object, _metricsTokens.Object).Handle(new GetServerInfoQuery([]), CancellationToken.None, CountRun));
        Assert.That(_handlerRuns, Is.Zero);
    }

    [Test]
    public async Task Handle_ScrapeWithAMetricsToken_RunsTheHandler()
    {
        await new SuperAdminBehaviour<ScrapeMetricsQuery, int>(_verifier.Object, _metricsTokens.Object)
            .Handle(new ScrapeMetricsQuery([ScrapeToken]), CancellationToken.None, CountRun);

        Assert.That(_handlerRuns, Is.EqualTo(1));
    }

    [Test]
    public void Handle_ServerInfoWithAMetricsToken_ThrowsCode3()
    {
        Assert.ThrowsAsync<PermissionDeniedException>(() =>
            new SuperAdminBehaviour<GetServerInfoQuery, int>(_verifier.Object, _metricsTokens.Object).Handle(new GetServerInfoQuery([ScrapeToken]), CancellationToken.None, CountRun));
        Assert.That(_handlerRuns, Is.Zero);
    }

    private Task<int> SendAsync(string[] tokens) =>
        new SuperAdminBehaviour<GetHealthQuery, int>(_verifier.Object, _metricsTokens.Object).Handle(new GetHealthQuery(tokens), CancellationToken.None, CountRun);

    private Task<int> CountRun()
    {
        _handlerRuns++;
        return Task.FromResult(0);
    }
}
