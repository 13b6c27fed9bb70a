using Directus.Infrastructure.Security;
using Directus.Tests.Support;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class TokenFileMetricsTests : TokenFileTest
{
    private const string Reloads = "directus.token_file.reloads";

    [Test]
    public void Current_AfterAGoodEditThenABadOne_CountsOneAppliedAndOneRefused()
    {
        var meters = RecordedMeasurements.NewFactory();
        using var recorded = new RecordedMeasurements(meters);
        WriteTokenFile(ApiConfigFile.Format("first"), secondsAhead: 0);
        var store = TokenStores.Create(Layout, meters: meters);
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

        TokenStores.Create(Layout, meters: meters).Initialize();

        Assert.That(recorded.Of(Reloads), Is.Empty);
    }

    private void WriteTokenFile(string content, int secondsAhead)
    {
        File.WriteAllText(Layout.ApiConfigFile, content);
        File.SetLastWriteTimeUtc(Layout.ApiConfigFile, DateTime.UtcNow.AddSeconds(secondsAhead));
    }
}
