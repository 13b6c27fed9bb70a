namespace Directus.Application.Common.Errors;

/// <summary>The client must wait before trying again (v8 code 7); <see cref="RetryAfter"/> says how long.</summary>
public sealed class TooManyRequestsException(TimeSpan retryAfter)
    : DirectusException(DirectusErrorCode.TooManyRequests, "Too Many Requests")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
