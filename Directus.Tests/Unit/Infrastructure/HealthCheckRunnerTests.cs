using System.Diagnostics.Metrics;
using Directus.Application.Server.Ports;
using Directus.Tests.Support;
using Directus.Domain.Server;
using Directus.Infrastructure.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Directus.Tests.Unit.Infrastructure;

/// <summary>The adapter over the framework's real HealthCheckService.</summary>
public sealed class HealthCheckRunnerTests
{
    [Test]
    public async Task Run_ReportsEveryCheckInRegistrationOrder_WithItsObservation()
    {
        var outcomes = await RunAsync(checks => checks
            .AddCheck("z:first", () => DirectusHealthCheck.Result(new HealthObservation("system", HealthState.Ok, 42.5, "s")))
            .AddCheck("a:second", () => DirectusHealthCheck.Result(new HealthObservation("objectstore", HealthState.Warn, 900, "ms", 750, "slow"))));

        Assert.That(outcomes.Select(outcome => (outcome.Name, outcome.Observations.Single())), Is.EqualTo(new[]
        {
            ("z:first", new HealthObservation("system", HealthState.Ok, 42.5, "s")),
            ("a:second", new HealthObservation("objectstore", HealthState.Warn, 900, "ms", 750, "slow")),
        }));
    }

    [Test]
    public async Task Run_ACheckThatThrows_IsAnErrorWithItsMessageAndDuration()
    {
        var outcomes = await RunAsync(checks => checks
            .AddCheck("broken", () => throw new InvalidOperationException("probe exploded")));

        var observation = outcomes.Single().Observations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(observation.Status, Is.EqualTo(HealthState.Error));
            Assert.That(observation.ComponentType, Is.EqualTo("component"));
            Assert.That(observation.ObservedUnit, Is.EqualTo("ms"));
            Assert.That(observation.ObservedValue, Is.GreaterThanOrEqualTo(0));
            Assert.That(observation.Output, Is.EqualTo("probe exploded"));
        });
    }

    [TestCase(HealthState.Ok, HealthStatus.Healthy)]
    [TestCase(HealthState.Warn, HealthStatus.Degraded)]
    [TestCase(HealthState.Error, HealthStatus.Unhealthy)]
    public void Result_GivesTheFrameworkTheMatchingStatusAndTheOutput_ForItsOwnLogLine(HealthState state, HealthStatus expected)
    {
        var result = DirectusHealthCheck.Result(new HealthObservation("system", state, 1, "s", Output: "why"));

        Assert.That((result.Status, result.Description), Is.EqualTo((expected, "why")));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Run_AnOutsideServiceCheck_RunsOnlyWhenAskedFor_AndItsErrorOnlyDegrades(bool includeOutsideServices)
    {
        var ran = false;
        var outcomes = await RunAsync(
            checks => checks
                .AddCheck("inside", () => DirectusHealthCheck.Result(new HealthObservation("system", HealthState.Ok, 1, "s")))
                .AddCheck(
                    "redis:responseTime",
                    () =>
                    {
                        ran = true;
                        return DirectusHealthCheck.Result(new HealthObservation("datastore", HealthState.Error, 250, "ms", Output: "down"));
                    },
                    tags: [HealthCheckTags.OutsideService, HealthCheckTags.DegradesOnly]),
            includeOutsideServices);

        Assert.Multiple(() =>
        {
            Assert.That(ran, Is.EqualTo(includeOutsideServices));
            Assert.That(outcomes.Select(outcome => outcome.Name), Is.EqualTo(includeOutsideServices ? new[] { "inside", "redis:responseTime" } : ["inside"]));
            Assert.That(outcomes.Select(outcome => outcome.WorstOverallEffect), Is.EqualTo(includeOutsideServices ? new[] { HealthState.Error, HealthState.Warn } : [HealthState.Error]));
        });
    }

    [Test]
    public async Task Run_RecordsEachChecksStateAndDuration()
    {
        var meters = RecordedMeasurements.NewFactory();
        using var recorded = new RecordedMeasurements(meters);

        await RunAsync(checks => checks
            .AddCheck("disk", () => DirectusHealthCheck.Result(new HealthObservation("system", HealthState.Warn, 900, "ms", 750, "slow"))), meters: meters);

        Assert.Multiple(() =>
        {
            Assert.That(
                recorded.Of("directus.health_check.status").Select(measurement => ((string?)measurement.Tags["directus.health_check.status"], measurement.Value)),
                Is.EquivalentTo(new[] { ("ok", 0.0), ("warn", 1.0), ("error", 0.0) }));
            Assert.That(recorded.Of("directus.health_check.duration"), Has.One.Matches<RecordedMeasurements.Measurement>(
                measurement => Equals(measurement.Tags["directus.health_check.name"], "disk") && measurement.Value >= 0));
        });
    }

    private static async Task<IReadOnlyList<HealthCheckOutcome>> RunAsync(Action<IHealthChecksBuilder> register, bool includeOutsideServices = true, IMeterFactory? meters = null)
    {
        var services = new ServiceCollection().AddLogging();
        register(services.AddHealthChecks());
        services.AddSingleton(new HealthCheckMetrics(meters ?? RecordedMeasurements.NewFactory()));
        services.AddSingleton<IHealthCheckRunner, HealthCheckRunner>();
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<IHealthCheckRunner>().RunAsync(includeOutsideServices, CancellationToken.None);
    }
}
