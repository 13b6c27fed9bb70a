namespace Directus.Api.Logging;

/// <summary>Passes entries on unchanged unless their message, a state value or the exception holds a token value; then passes a redacted copy.</summary>
public sealed class RedactingLogger(ILogger inner) : ILogger
{
    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull =>
        inner.BeginScope(RedactedScope.Wrap(state));

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        // Nothing is formatted or scanned for a level no provider wants.
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        if (RedactedLogEntry.TryRedact(state, exception, formatter, out var redacted))
        {
            inner.Log(logLevel, eventId, redacted, redacted.Exception, RedactedLogEntry.Format);
            return;
        }

        inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
