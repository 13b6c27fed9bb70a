using System.Net;

namespace Directus.Application.Common.Throttling;

/// <summary>
/// Counts failed super admin token attempts per client (an IPv4 address or an IPv6 network) in a fixed window that
/// starts at the client's first failure. Never throws because its backing store is unreachable.
/// </summary>
public interface IFailedAttemptStore
{
    /// <summary>When the client has used up its failures in the current window: how long until that window ends; otherwise null.</summary>
    ValueTask<TimeSpan?> RetryAfterAsync(IPAddress client);

    /// <summary>Counts one failure; true when it used the client's last permit (so the caller can log it once).</summary>
    ValueTask<bool> RecordFailureAsync(IPAddress client);
}
