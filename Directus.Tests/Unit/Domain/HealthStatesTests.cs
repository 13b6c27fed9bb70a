using Directus.Domain.Server;

namespace Directus.Tests.Unit.Domain;

public sealed class HealthStatesTests
{
    [TestCase(new HealthState[0], HealthState.Ok)]
    [TestCase(new[] { HealthState.Ok, HealthState.Ok }, HealthState.Ok)]
    [TestCase(new[] { HealthState.Ok, HealthState.Warn }, HealthState.Warn)]
    [TestCase(new[] { HealthState.Warn, HealthState.Error, HealthState.Ok }, HealthState.Error)]
    [TestCase(new[] { HealthState.Error, HealthState.Warn }, HealthState.Error)]
    public void Worst_IsTheLeastHealthyState(HealthState[] states, HealthState expected)
    {
        Assert.That(HealthStates.Worst(states), Is.EqualTo(expected));
    }

    [TestCase(0.5, 750, HealthState.Ok)]
    [TestCase(750, 750, HealthState.Ok)]
    [TestCase(750.001, 750, HealthState.Warn)]
    public void ForDuration_WarnsOnlyAboveTheThreshold(double observed, double threshold, HealthState expected)
    {
        Assert.That(HealthStates.ForDuration(observed, threshold), Is.EqualTo(expected));
    }

    [Test]
    public void Anonymous_KeepsOnlyTheWorstState()
    {
        var checks = new[]
        {
            new HealthCheckOutcome("a", [new HealthObservation("system", HealthState.Ok, 1, "s")]),
            new HealthCheckOutcome("b", [new HealthObservation("objectstore", HealthState.Warn, 900, "ms", 750, "slow")]),
        };

        var health = ServerHealth.Anonymous(checks);

        Assert.That(health, Is.EqualTo(new ServerHealth(HealthState.Warn, null, null, null)));
    }

    [Test]
    public void Detailed_KeepsTheChecksAndTheIdentity()
    {
        var checks = new[] { new HealthCheckOutcome("a", [new HealthObservation("system", HealthState.Error, 1, "s", Output: "stopping")]) };

        var health = ServerHealth.Detailed(checks, "1.2.3", "node-1");

        Assert.Multiple(() =>
        {
            Assert.That(health.Status, Is.EqualTo(HealthState.Error));
            Assert.That((health.ReleaseId, health.ServiceId), Is.EqualTo(("1.2.3", "node-1")));
            Assert.That(health.Checks, Is.SameAs(checks));
        });
    }
}
