using Directus.Domain.Server;
using Directus.Infrastructure.Health;
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
            Assert.That(result.Status, Is.EqualTo(HealthState.Ok));
            Assert.That(result.ComponentType, Is.EqualTo("system"));
            Assert.That(result.ObservedValue, Is.GreaterThan(0.0));
            Assert.That(result.ObservedUnit, Is.EqualTo("s"));
            Assert.That(result.Output, Is.Null);
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
            Assert.That(result.Status, Is.EqualTo(HealthState.Error));
            Assert.That(result.Output, Is.EqualTo(ServerLifecycleHealthCheck.ShuttingDown));
        });
    }

    private static Task<HealthObservation> CheckAsync(CancellationToken stopping)
    {
        var lifetime = new Mock<IHostApplicationLifetime>();
        lifetime.Setup(l => l.ApplicationStopping).Returns(stopping);
        return new ServerLifecycleHealthCheck(lifetime.Object).ObserveAsync(CancellationToken.None);
    }
}
