using System.Diagnostics.Metrics;
using Directus.Application.Common.Probes;
using Directus.Application.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Support;

public static class Probes
{
    public static ProbeRunner Runner(TimeSpan timeout, ILogger<ProbeRunner>? logger = null, IMeterFactory? meters = null) =>
        new(Options.Create(new DirectusOptions { ProbeTimeout = timeout }), logger ?? NullLogger<ProbeRunner>.Instance, new ProbeMetrics(meters ?? RecordedMeasurements.NewFactory()));
}

/// <summary>Keeps what was logged, to assert on it.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<(LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries)
            {
                return _entries.ToArray();
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
        {
            _entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
