using System.Diagnostics;
using Directus.Infrastructure.Health;
using Directus.Tests.Support;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class ShutdownDelayServiceTests
{
    [Test]
    public async Task Stopping_WithoutDelay_ReturnsAtOnceAndLogsNothing()
    {
        var logger = new RecordingLogger<ShutdownDelayService>();

        await Create(TimeSpan.Zero, logger).StoppingAsync(CancellationToken.None);

        Assert.That(logger.Entries, Is.Empty);
    }

    [Test]
    public async Task Stopping_WithDelay_WaitsForIt()
    {
        var logger = new RecordingLogger<ShutdownDelayService>();
        var started = Stopwatch.GetTimestamp();

        await Create(TimeSpan.FromMilliseconds(200), logger).StoppingAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(Stopwatch.GetElapsedTime(started), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(190)));
            Assert.That(logger.Entries.Single().Message, Does.StartWith("Shutting down: health reports error"));
        });
    }

    [Test]
    public async Task Stopping_WhenTheShutdownTimeoutRunsOut_StopsWaiting()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var started = Stopwatch.GetTimestamp();

        await Create(TimeSpan.FromMinutes(5), new RecordingLogger<ShutdownDelayService>()).StoppingAsync(timeout.Token);

        Assert.That(Stopwatch.GetElapsedTime(started), Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    private static ShutdownDelayService Create(TimeSpan delay, RecordingLogger<ShutdownDelayService> logger) =>
        new(Options.Create(new ServerHealthOptions { ShutdownDelay = delay }), logger);
}
