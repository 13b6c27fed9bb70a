using Microsoft.Extensions.Logging;

namespace Directus.Tests.Support;

/// <summary>A logger provider that keeps every entry it is given, scopes included, to assert on.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly List<CapturedLogEntry> _entries = [];
    private IExternalScopeProvider? _scopes;

    public IReadOnlyList<CapturedLogEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Capturing(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value?.ToString())).ToArray()
                : [];
            var scopes = new List<string>();
            owner._scopes?.ForEachScope(
                (scope, list) =>
                {
                    list.Add(scope?.ToString() ?? "");
                    if (scope is IEnumerable<KeyValuePair<string, object?>> scopeValues)
                    {
                        list.AddRange(scopeValues.Select(pair => $"{pair.Key}={pair.Value}"));
                    }
                },
                scopes);
            lock (owner._entries)
            {
                owner._entries.Add(new CapturedLogEntry(category, logLevel, formatter(state, exception), typeof(TState), values, exception?.ToString(), scopes));
            }
        }
    }
}
