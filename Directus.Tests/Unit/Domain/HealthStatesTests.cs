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

    [TestCase(HealthState.Ok, "ok")]
    [TestCase(HealthState.Warn, "warn")]
    [TestCase(HealthState.Error, "error")]
    public void NameOf_IsDirectus11sWord(HealthState state, string expected)
    {
        Assert.That(HealthStates.NameOf(state), Is.EqualTo(expected));
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

    [TestCase(HealthState.Warn, HealthState.Warn)]
    [TestCase(HealthState.Error, HealthState.Error)]
    public void Status_ACheckThatOnlyDegrades_CannotMakeTheServerWorseThanWarn(HealthState worstEffect, HealthState expected)
    {
        var checks = new[]
        {
            new HealthCheckOutcome("server:uptime", [new HealthObservation("system", HealthState.Ok, 1, "s")]),
            new HealthCheckOutcome("redis:responseTime", [new HealthObservation("datastore", HealthState.Error, 250, "ms", Output: "no answer")], worstEffect),
        };

        var health = ServerHealth.Detailed(checks, "1.2.3", "node-1");

        Assert.Multiple(() =>
        {
            Assert.That(health.Status, Is.EqualTo(expected));
            Assert.That(health.Checks![1].Observations.Single().Status, Is.EqualTo(HealthState.Error), "the check itself still says error");
        });
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
