using System.Collections.Concurrent;

namespace Directus.Api.Logging;

/// <summary>
/// Wraps the app's logger factory so that every logger it hands out, whatever its category, redacts the token
/// before any provider sees the entry. The factory is decorated rather than each provider because the framework
/// matches provider-specific filter rules (<c>Logging:Console:LogLevel</c>) against the provider's own type.
/// </summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    private readonly ConcurrentDictionary<string, RedactingLogger> _loggers = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, static (category, factory) => new RedactingLogger(factory.CreateLogger(category)), inner);

    /// <inheritdoc />
    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    /// <inheritdoc />
    public void Dispose() => inner.Dispose();
}
