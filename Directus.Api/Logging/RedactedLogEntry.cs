using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Directus.Api.Logging;

/// <summary>A log entry's message, structured values and exception with the token values masked.</summary>
public sealed class RedactedLogEntry : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>The formatter to log an entry with: its masked <see cref="Message"/>.</summary>
    public static readonly Func<RedactedLogEntry, Exception?, string> Format = static (entry, _) => entry.Message;

    private readonly KeyValuePair<string, object?>[] _values;

    private RedactedLogEntry(string message, KeyValuePair<string, object?>[] values, Exception? exception)
    {
        Message = message;
        _values = values;
        Exception = exception;
    }

    /// <summary>The formatted message, masked.</summary>
    public string Message { get; }

    /// <summary>The entry's exception, or its masked stand-in (<see cref="RedactedException"/>); null when there is none.</summary>
    public Exception? Exception { get; }

    /// <inheritdoc />
    public int Count => _values.Length;

    /// <inheritdoc />
    public KeyValuePair<string, object?> this[int index] => _values[index];

    /// <summary>False, with nothing allocated beyond the formatted message for the usual list-shaped state, when the entry holds no token value.</summary>
    public static bool TryRedact<TState>(TState state, Exception? exception, Func<TState, Exception?, string> formatter, [NotNullWhen(true)] out RedactedLogEntry? redacted)
    {
        redacted = null;
        var message = formatter(state, exception);
        var redactedMessage = SecretRedactor.Redact(message);
        var values = SecretRedactor.RedactValues(state as IEnumerable<KeyValuePair<string, object?>>);
        var redactedException = RedactedException.Of(exception);
        if (ReferenceEquals(message, redactedMessage) && values is null && ReferenceEquals(redactedException, exception))
        {
            return false;
        }

        values ??= state is IEnumerable<KeyValuePair<string, object?>> pairs ? [.. pairs] : [];
        redacted = new RedactedLogEntry(redactedMessage, values, redactedException);
        return true;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The masked <see cref="Message"/>.</summary>
    public override string ToString() => Message;
}
