using System.Collections;

namespace Directus.Api.Logging;

/// <summary>Scope states are masked lazily: only when a provider that includes scopes reads them.</summary>
public static class RedactedScope
{
    public static object Wrap<TState>(TState state)
        where TState : notnull =>
        state is IEnumerable<KeyValuePair<string, object?>> values ? new Values(values) : new Text(state);

    /// <summary>A masked copy of the values, or null when none holds a token value.</summary>
    public static KeyValuePair<string, object?>[]? RedactValues(IEnumerable<KeyValuePair<string, object?>>? pairs)
    {
        if (pairs is null)
        {
            return null;
        }

        var values = pairs as IReadOnlyList<KeyValuePair<string, object?>> ?? [.. pairs];

        KeyValuePair<string, object?>[]? redacted = null;
        for (var index = 0; index < values.Count; index++)
        {
            var (key, value) = values[index];
            var masked = Redact(value);
            if (!ReferenceEquals(masked, value))
            {
                redacted ??= [.. values];
                redacted[index] = new KeyValuePair<string, object?>(key, masked);
            }
        }

        return redacted;
    }

    /// <summary>Strings, and anything else whose text holds a token value (a Uri, a QueryString), come back masked; other values as they were.</summary>
    private static object? Redact(object? value) => value switch
    {
        null or bool or int or long or double or decimal or TimeSpan or DateTime or DateTimeOffset or Guid or Enum => value,
        string text => SecretRedactor.Redact(text),
        _ when value.ToString() is { } text && SecretRedactor.Redact(text) is var masked && !ReferenceEquals(text, masked) => masked,
        _ => value,
    };

    private sealed class Values(IEnumerable<KeyValuePair<string, object?>> inner) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private IReadOnlyList<KeyValuePair<string, object?>>? _masked;

        private IReadOnlyList<KeyValuePair<string, object?>> Masked =>
            _masked ??= RedactValues(inner) ?? inner as IReadOnlyList<KeyValuePair<string, object?>> ?? [.. inner];

        public int Count => Masked.Count;

        public KeyValuePair<string, object?> this[int index] => Masked[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Masked.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string? ToString() => inner.ToString() is { } text ? SecretRedactor.Redact(text) : null;
    }

    private sealed class Text(object inner)
    {
        public override string? ToString() => inner.ToString() is { } text ? SecretRedactor.Redact(text) : null;
    }
}
