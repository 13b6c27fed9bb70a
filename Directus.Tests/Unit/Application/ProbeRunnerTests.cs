using System.Diagnostics;
using Directus.Application.Common.Probes;
using Directus.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Directus.Tests.Unit.Application;

public sealed class ProbeRunnerTests
{
    [Test]
    public async Task RunAsync_WhenTheProbeAnswers_ReturnsItsValue()
    {
        var value = await Probes.Runner(TimeSpan.FromSeconds(5)).RunAsync("answering", () => "measured", "fallback");

        Assert.That(value, Is.EqualTo("measured"));
    }

    [Test]
    public async Task RunAsync_WhenTheProbeThrows_ReturnsTheFallbackAndWarns()
    {
        var logger = new RecordingLogger<ProbeRunner>();

        var value = await Probes.Runner(TimeSpan.FromSeconds(5), logger)
            .RunAsync<string>("throwing", () => throw new IOException("disk gone"), "fallback");

        Assert.Multiple(() =>
        {
            Assert.That(value, Is.EqualTo("fallback"));
            Assert.That(logger.Entries, Has.One.Matches<(LogLevel Level, string Message)>(
                entry => entry.Level == LogLevel.Warning && entry.Message.Contains("throwing", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task RunAsync_WhenTheProbeHangs_ReturnsTheFallbackAfterTheBound()
    {
        using var release = new ManualResetEventSlim();
        var logger = new RecordingLogger<ProbeRunner>();
        var clock = Stopwatch.StartNew();

        var value = await Probes.Runner(TimeSpan.FromMilliseconds(200), logger)
            .RunAsync("hanging", () => { release.Wait(); return "late"; }, "fallback");

        clock.Stop();
        release.Set();
        Assert.Multiple(() =>
        {
            Assert.That(value, Is.EqualTo("fallback"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "bounded, not waiting for the probe");
            Assert.That(logger.Entries, Has.One.Matches<(LogLevel Level, string Message)>(
                entry => entry.Level == LogLevel.Warning && entry.Message.Contains("hanging", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task RunAsync_WhileAProbeIsStillStuck_DoesNotStartItAgain()
    {
        using var release = new ManualResetEventSlim();
        var runner = Probes.Runner(TimeSpan.FromMilliseconds(200));
        var calls = 0;
        string Hang()
        {
            Interlocked.Increment(ref calls);
            release.Wait();
            return "late";
        }

        var first = await runner.RunAsync("stuck", Hang, "fallback");
        var second = await runner.RunAsync("stuck", Hang, "fallback");
        release.Set();

        Assert.Multiple(() =>
        {
            Assert.That((first, second), Is.EqualTo(("fallback", "fallback")));
            Assert.That(calls, Is.EqualTo(1), "one blocked thread, not one per request");
        });
    }

    [Test]
    public async Task RunAsync_OnceAStuckProbeFinishes_RunsItAgain()
    {
        using var release = new ManualResetEventSlim();
        var runner = Probes.Runner(TimeSpan.FromMilliseconds(200));
        var hangs = true;

        await runner.RunAsync("recovering", () => { if (hangs) { release.Wait(); } return "measured"; }, "fallback");
        hangs = false;
        release.Set();
        // The stuck run ends on its pool thread some moment after the release: ask until the runner has seen it end.
        var later = "not asked";
        await Poll.UntilAsync(async () => (later = await runner.RunAsync("recovering", () => "measured", "fallback")) == "measured", TimeSpan.FromSeconds(30));

        Assert.That(later, Is.EqualTo("measured"));
    }
}
