using Directus.Application.Common.Probes;
using Directus.Tests.Support;

namespace Directus.Tests.Unit.Application;

public sealed class ProbeMetricsTests
{
    private const string Fallbacks = "directus.probe.fallbacks";

    [Test]
    public async Task RunAsync_WhenTheProbeThrows_CountsAFallbackWithCauseError()
    {
        var meters = RecordedMeasurements.NewFactory();
        using var recorded = new RecordedMeasurements(meters);

        await Probes.Runner(TimeSpan.FromSeconds(5), meters: meters).RunAsync<string>("disk", () => throw new IOException("gone"), "fallback");

        Assert.That(recorded.Of(Fallbacks), Has.One.Matches<RecordedMeasurements.Measurement>(
            measurement => measurement.Value == 1 && Equals(measurement.Tags["directus.probe.name"], "disk") && Equals(measurement.Tags["directus.probe.cause"], "error")));
    }

    [Test]
    public async Task RunAsync_WhenTheProbeHangs_CountsAFallbackWithCauseTimeout()
    {
        var meters = RecordedMeasurements.NewFactory();
        using var recorded = new RecordedMeasurements(meters);
        using var release = new ManualResetEventSlim();

        await Probes.Runner(TimeSpan.FromMilliseconds(100), meters: meters).RunAsync("mount", () => { release.Wait(); return "late"; }, "fallback");
        release.Set();

        Assert.That(recorded.Of(Fallbacks), Has.One.Matches<RecordedMeasurements.Measurement>(
            measurement => Equals(measurement.Tags["directus.probe.name"], "mount") && Equals(measurement.Tags["directus.probe.cause"], "timeout")));
    }

    [Test]
    public async Task RunAsync_WhenTheProbeAnswers_CountsNothing()
    {
        var meters = RecordedMeasurements.NewFactory();
        using var recorded = new RecordedMeasurements(meters);

        await Probes.Runner(TimeSpan.FromSeconds(5), meters: meters).RunAsync("fine", () => "measured", "fallback");

        Assert.That(recorded.Of(Fallbacks), Is.Empty);
    }
}
