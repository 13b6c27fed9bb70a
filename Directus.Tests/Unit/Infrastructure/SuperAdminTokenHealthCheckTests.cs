using Directus.Domain.Server;
using Directus.Infrastructure.Health;
using Directus.Infrastructure.Security;
using Directus.Tests.Support;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class SuperAdminTokenHealthCheckTests : TokenFileTest
{
    [Test]
    public async Task Check_WithEnvironmentToken_IsHealthy()
    {
        var result = await CheckAsync(CreateStore(environmentToken: "from-env"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(HealthState.Ok));
            Assert.That(result.ComponentType, Is.EqualTo("component"));
            Assert.That(result.ObservedUnit, Is.EqualTo("ms"));
        });
    }

    [Test]
    public async Task Check_WithGoodTokenFile_IsHealthy()
    {
        WriteTokenFile(ApiConfigFile.Format("from-file"));

        var result = await CheckAsync(CreateStore());

        Assert.That(result.Status, Is.EqualTo(HealthState.Ok));
    }

    [Test]
    public async Task Check_AfterARefusedEdit_IsDegradedUntilTheFileIsFixed()
    {
        WriteTokenFile(ApiConfigFile.Format("good"));
        var store = CreateStore();
        store.Initialize();

        WriteTokenFile("{ not json");
        var broken = await CheckAsync(store);
        WriteTokenFile(ApiConfigFile.Format("fixed"));
        var fixedAgain = await CheckAsync(store);

        Assert.Multiple(() =>
        {
            Assert.That(broken.Status, Is.EqualTo(HealthState.Warn));
            Assert.That(broken.Output, Does.StartWith("The token file is not valid JSON").And.Contain("last good token"));
            Assert.That(broken.Output, Does.EndWith("and a restart would be refused"));
            Assert.That(broken.Output, Does.Not.Contain("good\""), "never the token");
            Assert.That(fixedAgain.Status, Is.EqualTo(HealthState.Ok));
            Assert.That(store.Current.Matches("fixed"), Is.True);
        });
    }

    [Test]
    public async Task Check_AfterTheFileIsRemoved_SaysARestartWouldGenerateANewToken()
    {
        WriteTokenFile(ApiConfigFile.Format("good"));
        var store = CreateStore();
        store.Initialize();

        File.Delete(Layout.ApiConfigFile);
        var result = await CheckAsync(store);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(HealthState.Warn));
            Assert.That(result.Output, Does.StartWith("The token file was removed"));
            Assert.That(result.Output, Does.EndWith("and a restart would generate a new token in that file"));
            Assert.That(result.Output, Does.Not.Contain("refused"));
        });
    }

    [Test]
    public async Task Check_AfterTheFileIsReplacedByADirectory_SaysARestartWouldBeRefused()
    {
        WriteTokenFile(ApiConfigFile.Format("good"));
        var store = CreateStore();
        store.Initialize();

        File.Delete(Layout.ApiConfigFile);
        Directory.CreateDirectory(Layout.ApiConfigFile);
        var result = await CheckAsync(store);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(HealthState.Warn));
            Assert.That(result.Output, Does.StartWith("The token file is a directory, not a file"));
            Assert.That(result.Output, Does.EndWith("and a restart would be refused"));
        });
    }

    private static Task<HealthObservation> CheckAsync(SuperAdminTokenStore store) =>
        new SuperAdminTokenHealthCheck(store).ObserveAsync(CancellationToken.None);

    private void WriteTokenFile(string content)
    {
        File.WriteAllText(Layout.ApiConfigFile, content);
        File.SetLastWriteTimeUtc(Layout.ApiConfigFile, DateTime.UtcNow.AddMilliseconds(Random.Shared.Next(1, 10_000)));
    }

    private SuperAdminTokenStore CreateStore(string? environmentToken = null) =>
        TokenStores.Create(Layout, environmentToken);
}
