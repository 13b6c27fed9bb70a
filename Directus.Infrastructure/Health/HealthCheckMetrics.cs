using System.Diagnostics.Metrics;
using Directus.Application.Common.Telemetry;
using Directus.Domain.Server;

namespace Directus.Infrastructure.Health;

/// <summary>
/// Each health check's last result: <c>directus.health_check.status</c> is 1 for the state the check is in and 0 for
/// the other two (one series per check and state, so an alert reads <c>status="error"} == 1</c>), and
/// <c>directus.health_check.duration</c> is how long it took.
/// </summary>
public sealed class HealthCheckMetrics
{
    private const string CheckTag = "directus.health_check.name";
    private const string StatusTag = "directus.health_check.status";

    private static readonly HealthState[] States = Enum.GetValues<HealthState>();

    private readonly Gauge<int> _status;
    private readonly Histogram<double> _duration;

    /// <summary>Creates both instruments on the <see cref="DirectusMeter"/> meter.</summary>
    public HealthCheckMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(DirectusMeter.Name);
        _status = meter.CreateGauge<int>("directus.health_check.status", "{state}", "1 for the state (ok, warn, error) each health check was last in, 0 for the others");
        _duration = meter.CreateHistogram("directus.health_check.duration", "s", "How long each health check took",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
    }

    /// <summary>Records one run of <paramref name="check"/>: the state it ended in and how long it took.</summary>
    public void Record(string check, HealthState state, TimeSpan duration)
    {
        foreach (var candidate in States)
        {
            _status.Record(candidate == state ? 1 : 0, new KeyValuePair<string, object?>(CheckTag, check), new KeyValuePair<string, object?>(StatusTag, HealthStates.NameOf(candidate)));
        }

        _duration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>(CheckTag, check), new KeyValuePair<string, object?>(StatusTag, HealthStates.NameOf(state)));
    }
}
