using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Tests.Support;

/// <summary>
/// Records what the instruments of one <see cref="IMeterFactory"/> measure, so a test sees its own component's
/// measurements and none from other tests running at the same time.
/// </summary>
public sealed class RecordedMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<Measurement> _measurements = [];

    public RecordedMeasurements(IMeterFactory factory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>A meter factory of its own, as the host would give each component.</summary>
    public static IMeterFactory NewFactory() => new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    public IReadOnlyList<Measurement> Of(string instrument)
    {
        lock (_measurements)
        {
            return _measurements.Where(measurement => measurement.Instrument == instrument).ToArray();
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copied = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, tagValue) in tags)
        {
            copied[key] = tagValue;
        }

        lock (_measurements)
        {
            _measurements.Add(new Measurement(instrument.Name, value, copied));
        }
    }

    public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
}
