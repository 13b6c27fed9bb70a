using Microsoft.Extensions.Logging;

namespace Directus.Tests.Support;

/// <summary>One captured log entry: what a provider that prints everything (message, state, exception, scopes) would print.</summary>
public sealed record CapturedLogEntry(
    string Category,
    LogLevel Level,
    string Message,
    Type StateType,
    IReadOnlyList<KeyValuePair<string, string?>> State,
    string? Exception,
    IReadOnlyList<string> Scopes)
{
    public override string ToString() => $"{Category} {Message} {string.Join(" ", State)} {Exception} {string.Join(" ", Scopes)}";
}
