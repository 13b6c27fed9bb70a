using System.Net;
using System.Threading.RateLimiting;
using Directus.Application.Common.Throttling;

namespace Directus.Infrastructure.Throttling;

/// <summary>
/// Counts failed attempts per client in a fixed window that starts at the client's first failure, using one
/// <see cref="FixedWindowRateLimiter"/> per client as the counter. Only clients that failed are remembered, and at
/// most <see cref="ThrottleOptions.MaxTrackedClients"/> of them: when full, the client whose window started first
/// is forgotten. Expired windows are dropped as they are met. The memory store, and the Redis store's fallback.
/// </summary>
public sealed class FailedAttemptTracker : IFailedAttemptStore, IDisposable
{
    private readonly ThrottleOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<IPAddress, LinkedListNode<ClientWindow>> _clients = [];

    // Oldest window first: eviction and expiry both work from the head.
    private readonly LinkedList<ClientWindow> _byAge = new();

    /// <param name="options">The permit limit, window and client bound.</param>
    /// <param name="time">The clock the windows are measured by.</param>
    public FailedAttemptTracker(ThrottleOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    /// <summary>How many clients have a window now, expired ones not yet dropped included.</summary>
    public int TrackedClients
    {
        get
        {
            lock (_gate)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>When the client has used up its failures in the current window: how long until that window ends.</summary>
    public bool IsExhausted(IPAddress client, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        lock (_gate)
        {
            if (!_clients.TryGetValue(client, out var node))
            {
                return false;
            }

            var now = _time.GetTimestamp();
            if (HasExpired(node.Value, now))
            {
                Forget(node);
                return false;
            }

            using var probe = node.Value.Failures.AttemptAcquire(permitCount: 0);
            if (probe.IsAcquired)
            {
                return false;
            }

            retryAfter = _options.Window - _time.GetElapsedTime(node.Value.StartedAt, now);
            return true;
        }
    }

    /// <summary>Counts one failure; true when it used the client's last permit (so the caller can log it once).</summary>
    public bool RecordFailure(IPAddress client)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            if (_clients.TryGetValue(client, out var node) && HasExpired(node.Value, now))
            {
                Forget(node);
                node = null;
            }

            node ??= StartWindow(client, now);
            using var lease = node.Value.Failures.AttemptAcquire(permitCount: 1);
            if (!lease.IsAcquired)
            {
                return false;
            }

            using var probe = node.Value.Failures.AttemptAcquire(permitCount: 0);
            return !probe.IsAcquired;
        }
    }

    /// <inheritdoc />
    public ValueTask<TimeSpan?> RetryAfterAsync(IPAddress client) =>
        ValueTask.FromResult(IsExhausted(client, out var retryAfter) ? retryAfter : (TimeSpan?)null);

    /// <inheritdoc />
    public ValueTask<bool> RecordFailureAsync(IPAddress client) => ValueTask.FromResult(RecordFailure(client));

    /// <summary>Forgets every client and disposes their counters.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var window in _byAge)
            {
                window.Failures.Dispose();
            }

            _byAge.Clear();
            _clients.Clear();
        }
    }

    private LinkedListNode<ClientWindow> StartWindow(IPAddress client, long now)
    {
        while (_byAge.First is { } oldest && (HasExpired(oldest.Value, now) || _clients.Count >= _options.MaxTrackedClients))
        {
            Forget(oldest);
        }

        // No timer per client: the window is renewed by replacing it once it has expired.
        var failures = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = _options.PermitLimit,
            Window = _options.Window,
            QueueLimit = 0,
            AutoReplenishment = false,
        });
        var node = _byAge.AddLast(new ClientWindow(client, failures, now));
        _clients.Add(client, node);
        return node;
    }

    private void Forget(LinkedListNode<ClientWindow> node)
    {
        _clients.Remove(node.Value.Client);
        _byAge.Remove(node);
        node.Value.Failures.Dispose();
    }

    private bool HasExpired(ClientWindow window, long now) => _time.GetElapsedTime(window.StartedAt, now) >= _options.Window;

    private sealed record ClientWindow(IPAddress Client, FixedWindowRateLimiter Failures, long StartedAt);
}
