using System.Diagnostics.Metrics;
using Directus.Application.Common.Telemetry;

namespace Directus.Application.Common.Probes;

/// <summary><c>directus.probe.fallbacks</c>: how often a probe's fallback was answered instead of its measurement, by probe and cause.</summary>
public sealed class ProbeMetrics
{
    private readonly Counter<long> _fallbacks;

    /// <summary>Creates the counter on the <see cref="DirectusMeter"/> meter.</summary>
    public ProbeMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _fallbacks = meters.Create(DirectusMeter.Name).CreateCounter<long>(
            "directus.probe.fallbacks", "{fallback}", "Probe answers replaced by the probe's fallback, by probe and cause (timeout, error)");
    }

    /// <summary>Counts one fallback because <paramref name="probe"/> did not answer in time.</summary>
    public void TimedOut(string probe) => Record(probe, "timeout");

    /// <summary>Counts one fallback because <paramref name="probe"/> threw.</summary>
    public void Failed(string probe) => Record(probe, "error");

    private void Record(string probe, string cause) =>
        _fallbacks.Add(1, new KeyValuePair<string, object?>("directus.probe.name", probe), new KeyValuePair<string, object?>("directus.probe.cause", cause));
}
