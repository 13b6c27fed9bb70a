using System.Diagnostics;
using System.Net;
using Directus.Infrastructure.Throttling;
using Directus.Tests.Support;

namespace Directus.Tests.Unit.Infrastructure.Throttling;

public sealed class FailedAttemptTrackerTests
{
    private static readonly IPAddress Client = IPAddress.Parse("203.0.113.7");
    private static readonly IPAddress OtherClient = IPAddress.Parse("203.0.113.8");

    private ManualTimeProvider _time = null!;

    [SetUp]
    public void SetUp() => _time = new ManualTimeProvider();

    [Test]
    public void IsExhausted_ForAClientThatNeverFailed_IsFalseAndTracksNothing()
    {
        using var tracker = Tracker();

        Assert.Multiple(() =>
        {
            Assert.That(tracker.IsExhausted(Client, out _), Is.False);
            Assert.That(tracker.TrackedClients, Is.Zero);
        });
    }

    [Test]
    public void IsExhausted_AfterFewerFailuresThanTheLimit_IsFalse()
    {
        using var tracker = Tracker();
        Fail(tracker, Client, 9);

        Assert.That(tracker.IsExhausted(Client, out _), Is.False);
    }

    [Test]
    public void IsExhausted_AfterLimitFailures_IsTrueWithTheRestOfTheWindowToWait()
    {
        using var tracker = Tracker();
        Fail(tracker, Client, 10);
        _time.Advance(TimeSpan.FromSeconds(15));

        var exhausted = tracker.IsExhausted(Client, out var retryAfter);

        Assert.Multiple(() =>
        {
            Assert.That(exhausted, Is.True);
            Assert.That(retryAfter, Is.EqualTo(TimeSpan.FromSeconds(45)));
        });
    }

    [Test]
    public void IsExhausted_ForAnotherClient_IsFalse()
    {
        using var tracker = Tracker();
        Fail(tracker, Client, 10);

        Assert.That(tracker.IsExhausted(OtherClient, out _), Is.False);
    }

    [Test]
    public void IsExhausted_OnceTheWindowHasPassed_IsFalseAndTheClientIsForgotten()
    {
        using var tracker = Tracker();
        Fail(tracker, Client, 10);
        _time.Advance(TimeSpan.FromSeconds(60));

        Assert.Multiple(() =>
        {
            Assert.That(tracker.IsExhausted(Client, out _), Is.False);
            Assert.That(tracker.TrackedClients, Is.Zero);
        });
    }

    [Test]
    public void RecordFailure_AfterTheWindow_StartsAFreshCount()
    {
        using var tracker = Tracker();
        Fail(tracker, Client, 9);
        _time.Advance(TimeSpan.FromSeconds(61));

        Fail(tracker, Client, 9);

        Assert.That(tracker.IsExhausted(Client, out _), Is.False, "the first nine belong to a window that ended");
    }

    [Test]
    public void RecordFailure_IsTrueOnlyForTheFailureThatUsesTheLastPermit()
    {
        using var tracker = Tracker();

        var results = Enumerable.Range(0, 12).Select(_ => tracker.RecordFailure(Client)).ToArray();

        Assert.That(results, Is.EqualTo(new[] { false, false, false, false, false, false, false, false, false, true, false, false }));
    }

    [Test]
    public void RecordFailure_WhenFull_ForgetsTheOldestWindowFirst()
    {
        using var tracker = Tracker(maxTrackedClients: 2);
        Fail(tracker, Client, 10);
        _time.Advance(TimeSpan.FromSeconds(1));
        Fail(tracker, OtherClient, 10);

        tracker.RecordFailure(IPAddress.Parse("198.51.100.1"));

        Assert.Multiple(() =>
        {
            Assert.That(tracker.TrackedClients, Is.EqualTo(2));
            Assert.That(tracker.IsExhausted(Client, out _), Is.False, "the oldest was evicted");
            Assert.That(tracker.IsExhausted(OtherClient, out _), Is.True, "the newer one is kept");
        });
    }

    [Test]
    public void RecordFailure_WithAMillionDistinctClients_NeverTracksMoreThanTheCap()
    {
        const int Cap = 10_000;
        using var tracker = Tracker(maxTrackedClients: Cap);
        var highest = 0;
        // CPU time, not wall time: other processes on a busy machine do not add to it.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;

        for (var client = 1; client <= 1_000_000; client++)
        {
            tracker.RecordFailure(new IPAddress((uint)client));
            highest = Math.Max(highest, tracker.TrackedClients);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Assert.Multiple(() =>
        {
            Assert.That(highest, Is.EqualTo(Cap), "fills up to the cap and never beyond");
            Assert.That(tracker.IsExhausted(new IPAddress(1_000_000u), out _), Is.False);
            Assert.That(cpu, Is.LessThan(TimeSpan.FromSeconds(10)), "constant work per address (a scan of the tracked clients per address would take minutes)");
        });
    }

    private FailedAttemptTracker Tracker(int maxTrackedClients = 100) =>
        new(new ThrottleOptions { PermitLimit = 10, Window = TimeSpan.FromSeconds(60), MaxTrackedClients = maxTrackedClients }, _time);

    private static void Fail(FailedAttemptTracker tracker, IPAddress client, int times)
    {
        for (var attempt = 0; attempt < times; attempt++)
        {
            tracker.RecordFailure(client);
        }
    }
}
