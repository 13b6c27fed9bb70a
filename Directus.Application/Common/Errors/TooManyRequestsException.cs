namespace Directus.Application.Common.Errors;

/// <summary>The client must wait before trying again (v8 code 7); <see cref="RetryAfter"/> says how long.</summary>
public sealed class TooManyRequestsException(TimeSpan retryAfter)
    : DirectusException(DirectusErrorCode.TooManyRequests, "Too Many Requests")
{
    /// <summary>How long the client must wait; the API sends it as the <c>Retry-After</c> header.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;
}
