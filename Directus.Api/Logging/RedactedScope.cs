using System.Collections;

namespace Directus.Api.Logging;

/// <summary>Scope states are masked lazily: only when a provider that includes scopes reads them.</summary>
public static class RedactedScope
{
    /// <summary>A stand-in for <paramref name="state"/> that masks its structured values or its text when they are read.</summary>
    public static object Wrap<TState>(TState state)
        where TState : notnull =>
        state is IEnumerable<KeyValuePair<string, object?>> values ? new Values(values) : new Text(state);

    private sealed class Values(IEnumerable<KeyValuePair<string, object?>> inner) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private IReadOnlyList<KeyValuePair<string, object?>>? _masked;

        private IReadOnlyList<KeyValuePair<string, object?>> Masked =>
            _masked ??= SecretRedactor.RedactValues(inner) ?? inner as IReadOnlyList<KeyValuePair<string, object?>> ?? [.. inner];

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
