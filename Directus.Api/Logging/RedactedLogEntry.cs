using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Directus.Api.Logging;

/// <summary>A log entry's message, structured values and exception with the token values masked.</summary>
public sealed class RedactedLogEntry : IReadOnlyList<KeyValuePair<string, object?>>
{
    public static readonly Func<RedactedLogEntry, Exception?, string> Format = static (entry, _) => entry.Message;

    private readonly KeyValuePair<string, object?>[] _values;

    private RedactedLogEntry(string message, KeyValuePair<string, object?>[] values, Exception? exception)
    {
        Message = message;
        _values = values;
        Exception = exception;
    }

    public string Message { get; }

    public Exception? Exception { get; }

    public int Count => _values.Length;

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

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Message;
}
