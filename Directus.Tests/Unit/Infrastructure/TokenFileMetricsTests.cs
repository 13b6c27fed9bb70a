using Directus.Application.Configuration;
using Directus.Infrastructure.Security;
using Directus.Infrastructure.Storage;
using Directus.Tests.Support;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class TokenFileMetricsTests
{
    private const string Reloads = "directus.token_file.reloads";

    private TempDirectory _root = null!;
    private StorageLayout _layout = null!;

    [SetUp]
    public void SetUp()
    {
        _root = new TempDirectory();
        _layout = new StorageLayout(Options.Create(new DirectusOptions { RootPath = _root.Path }));
        Directory.CreateDirectory(Path.GetDirectoryName(_layout.ApiConfigFile)!);
    }

    [TearDown]
    public void TearDown() => _root.Dispose();

    [Test]
    public void Current_AfterAGoodEditThenABadOne_CountsOneAppliedAndOneRefused()
    {
        var meters = RecordedMeasurements.NewFactory();
        using var recorded = new RecordedMeasurements(meters);
        WriteTokenFile(ApiConfigFile.Format("first"), secondsAhead: 0);
        var store = TokenStores.Create(_layout, meters: meters);
        store.Initialize();

        WriteTokenFile(ApiConfigFile.Format("second"), secondsAhead: 5);
        _ = store.Current;
        WriteTokenFile("{ broken", secondsAhead: 10);
        _ = store.Current;
        _ = store.Current; // the same refused file is not counted twice

        Assert.That(recorded.Of(Reloads).Select(measurement => measurement.Tags["directus.token_file.reload.outcome"]), Is.EqualTo(new[] { "applied", "refused" }));
    }

    [Test]
    public void Initialize_ReadingTheFileAtStart_IsNoReload()
    {
        var meters = RecordedMeasurements.NewFactory();
        using var recorded = new RecordedMeasurements(meters);
        WriteTokenFile(ApiConfigFile.Format("first"), secondsAhead: 0);

        TokenStores.Create(_layout, meters: meters).Initialize();

        Assert.That(recorded.Of(Reloads), Is.Empty);
    }

    private void WriteTokenFile(string content, int secondsAhead)
    {
        File.WriteAllText(_layout.ApiConfigFile, content);
        File.SetLastWriteTimeUtc(_layout.ApiConfigFile, DateTime.UtcNow.AddSeconds(secondsAhead));
    }
}
