using Directus.Infrastructure.Health;
using Directus.Infrastructure.Security;
using Directus.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class SuperAdminTokenHealthCheckTests : TokenFileTest
{
    [Test]
    public async Task Check_WithEnvironmentToken_IsHealthy()
    {
        var result = await CheckAsync(CreateStore(environmentToken: "from-env"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(HealthStatus.Healthy));
            Assert.That(result.Data["componentType"], Is.EqualTo("component"));
            Assert.That(result.Data["observedUnit"], Is.EqualTo("ms"));
        });
    }

    [Test]
    public async Task Check_WithGoodTokenFile_IsHealthy()
    {
        WriteTokenFile(ApiConfigFile.Format("from-file"));

        var result = await CheckAsync(CreateStore());

        Assert.That(result.Status, Is.EqualTo(HealthStatus.Healthy));
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
            Assert.That(broken.Status, Is.EqualTo(HealthStatus.Degraded));
            Assert.That(broken.Description, Does.StartWith("The token file is not valid JSON").And.Contain("last good token"));
            Assert.That(broken.Description, Does.EndWith("and a restart would be refused"));
            Assert.That(broken.Description, Does.Not.Contain("good\""), "never the token");
            Assert.That(fixedAgain.Status, Is.EqualTo(HealthStatus.Healthy));
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
            Assert.That(result.Status, Is.EqualTo(HealthStatus.Degraded));
            Assert.That(result.Description, Does.StartWith("The token file was removed"));
            Assert.That(result.Description, Does.EndWith("and a restart would generate a new token in that file"));
            Assert.That(result.Description, Does.Not.Contain("refused"));
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
            Assert.That(result.Status, Is.EqualTo(HealthStatus.Degraded));
            Assert.That(result.Description, Does.StartWith("The token file is a directory, not a file"));
            Assert.That(result.Description, Does.EndWith("and a restart would be refused"));
        });
    }

    private static Task<HealthCheckResult> CheckAsync(SuperAdminTokenStore store) =>
        new SuperAdminTokenHealthCheck(store).CheckHealthAsync(new HealthCheckContext());

    private void WriteTokenFile(string content)
    {
        File.WriteAllText(Layout.ApiConfigFile, content);
        File.SetLastWriteTimeUtc(Layout.ApiConfigFile, DateTime.UtcNow.AddMilliseconds(Random.Shared.Next(1, 10_000)));
    }

    private SuperAdminTokenStore CreateStore(string? environmentToken = null) =>
        TokenStores.Create(Layout, environmentToken);
}
