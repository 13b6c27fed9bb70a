using Directus.Infrastructure.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Moq;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class ServerLifecycleHealthCheckTests
{
    [Test]
    public async Task Check_WhileRunning_IsHealthyWithTheUptimeInSeconds()
    {
        using var stopping = new CancellationTokenSource();

        var result = await CheckAsync(stopping.Token);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(HealthStatus.Healthy));
            Assert.That(result.Data["componentType"], Is.EqualTo("system"));
            Assert.That(result.Data["observedValue"], Is.TypeOf<double>().And.GreaterThan(0.0));
            Assert.That(result.Data["observedUnit"], Is.EqualTo("s"));
            Assert.That(result.Description, Is.Null);
        });
    }

    [Test]
    public async Task Check_OnceShutdownBegins_IsUnhealthy()
    {
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        var result = await CheckAsync(stopping.Token);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(result.Description, Is.EqualTo(ServerLifecycleHealthCheck.ShuttingDown));
        });
    }

    private static Task<HealthCheckResult> CheckAsync(CancellationToken stopping)
    {
        var lifetime = new Mock<IHostApplicationLifetime>();
        lifetime.Setup(l => l.ApplicationStopping).Returns(stopping);
        return new ServerLifecycleHealthCheck(lifetime.Object).CheckHealthAsync(new HealthCheckContext());
    }
}
