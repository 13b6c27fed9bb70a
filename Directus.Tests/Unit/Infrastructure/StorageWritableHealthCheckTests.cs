using Directus.Domain.Server;
using Directus.Infrastructure.Health;
using Directus.Infrastructure.Storage;
using Directus.Tests.Support;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class StorageWritableHealthCheckTests
{
    private TempDirectory _root = null!;
    private string _logs = null!;

    [SetUp]
    public void SetUp()
    {
        _root = new TempDirectory();
        _logs = _root.Combine("logs");
        Directory.CreateDirectory(_logs);
    }

    [TearDown]
    public void TearDown() => _root.Dispose();

    [Test]
    public async Task Check_OnAWritableFolder_IsHealthyWithTheTimeAndThreshold_AndLeavesOtherFilesAlone()
    {
        var other = Path.Combine(_logs, "app.log");
        File.WriteAllText(other, "keep me");

        var result = await CheckAsync(StorageFolder.Logs, thresholdMs: 750);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(HealthState.Ok));
            Assert.That(result.Output, Is.Null);
            Assert.That(result.ComponentType, Is.EqualTo("objectstore"));
            Assert.That(result.ObservedValue, Is.GreaterThanOrEqualTo(0.0));
            Assert.That(result.ObservedUnit, Is.EqualTo("ms"));
            Assert.That(result.Threshold, Is.EqualTo(750.0));
            Assert.That(Directory.GetFiles(_logs), Is.EqualTo(new[] { other }), "its own file is gone, the other one is untouched");
            Assert.That(File.ReadAllText(other), Is.EqualTo("keep me"));
        });
    }

    [Test]
    public async Task Check_SlowerThanTheThreshold_IsDegraded()
    {
        var result = await CheckAsync(StorageFolder.Logs, thresholdMs: 1e-9);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(HealthState.Warn));
            Assert.That(result.Output, Does.Contain("took longer than"));
        });
    }

    [Test]
    public async Task Check_OnAMissingFolder_IsUnhealthyAndSaysWhy()
    {
        Directory.Delete(_logs);

        var result = await CheckAsync(StorageFolder.Logs, thresholdMs: 750);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(HealthState.Error));
            Assert.That(result.Output, Does.StartWith("Cannot write to " + _logs));
            Assert.That(Directory.Exists(_logs), Is.False, "the check never creates folders");
        });
    }

    [Test]
    public async Task Check_WhereAFileStandsForTheFolder_IsUnhealthyAndLeavesTheFile()
    {
        Directory.Delete(_logs);
        File.WriteAllText(_logs, "not a folder");

        var result = await CheckAsync(StorageFolder.Logs, thresholdMs: 750);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(HealthState.Error));
            Assert.That(File.ReadAllText(_logs), Is.EqualTo("not a folder"));
        });
    }

    [Test]
    public void Measure_NeverReusesAName()
    {
        var first = StorageWritableHealthCheck.Measure(_logs);
        var second = StorageWritableHealthCheck.Measure(_logs);

        Assert.Multiple(() =>
        {
            Assert.That((first.Failure, second.Failure), Is.EqualTo(((string?)null, (string?)null)));
            Assert.That(Directory.GetFileSystemEntries(_logs), Is.Empty);
        });
    }

    private Task<HealthObservation> CheckAsync(StorageFolder folder, double thresholdMs)
    {
        var layout = new StorageLayout(Options.Create(new StorageOptions { RootPath = _root.Path }));
        var check = new StorageWritableHealthCheck(
            folder, layout, Probes.Runner(TimeSpan.FromSeconds(5)), Options.Create(new ServerHealthOptions { StorageThresholdMs = thresholdMs }));
        return check.ObserveAsync(CancellationToken.None);
    }
}
