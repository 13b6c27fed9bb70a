using Directus.Infrastructure.Security;
using Directus.Infrastructure.Startup;
using Directus.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class SuperAdminTokenStoreTests : TokenFileTest
{
    private RecordingLogger<SuperAdminTokenStore> _logger = null!;

    [SetUp]
    public void CreateLogger() => _logger = new RecordingLogger<SuperAdminTokenStore>();

    [Test]
    public void Initialize_WithEnvironmentToken_UsesItAndWritesNoFile()
    {
        var store = CreateStore(environmentToken: "from-env");

        store.Initialize();

        Assert.Multiple(() =>
        {
            Assert.That(store.Current.Matches("from-env"), Is.True);
            Assert.That(File.Exists(Layout.ApiConfigFile), Is.False);
        });
    }

    [Test]
    public void Initialize_WithEmptyEnvironmentToken_FallsBackToTheFile()
    {
        WriteTokenFile("from-file");
        var store = CreateStore(environmentToken: "");

        store.Initialize();

        Assert.That(store.Current.Matches("from-file"), Is.True);
    }

    [TestCase("   ", "is only white space")]
    [TestCase(" s3cret ", "starts or ends with white space")]
    [TestCase("s3cret\n", "starts or ends with white space")]
    public void Initialize_WithBlankOrPaddedEnvironmentToken_RefusesNamingTheVariableNotTheValue(string token, string problem)
    {
        WriteTokenFile("from-file");

        var refused = Assert.Throws<StartupRefusedException>(() => CreateStore(environmentToken: token).Initialize());

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Message, Does.Contain(SuperAdminTokenStore.EnvironmentVariable).And.Contain(problem));
            Assert.That(refused.Message, Does.Not.Contain("s3cret"));
        });
    }

    [Test]
    public void Initialize_WithTokenFile_UsesIt()
    {
        WriteTokenFile("from-file");
        var store = CreateStore();

        store.Initialize();

        Assert.That(store.Current.Matches("from-file"), Is.True);
    }

    [Test]
    public void Initialize_OnFirstRun_GeneratesALongUrlSafeTokenAndLogsOnlyThePath()
    {
        var store = CreateStore();

        store.Initialize();

        var token = ApiConfigFile.Read(Layout.ApiConfigFile).Token!;
        Assert.Multiple(() =>
        {
            Assert.That(token, Has.Length.GreaterThanOrEqualTo(43), "32 random bytes in base64url");
            Assert.That(token, Does.Match("^[A-Za-z0-9_-]+$"));
            Assert.That(store.Current.Matches(token), Is.True);
            Assert.That(string.Join("\n", _logger.Entries.Select(entry => entry.Message)), Does.Contain(Layout.ApiConfigFile).And.Not.Contain(token));
        });
    }

    [Test]
    public void Initialize_TwoFirstRuns_GenerateDifferentTokens()
    {
        CreateStore().Initialize();
        var first = ApiConfigFile.Read(Layout.ApiConfigFile).Token;
        File.Delete(Layout.ApiConfigFile);

        CreateStore().Initialize();

        Assert.That(ApiConfigFile.Read(Layout.ApiConfigFile).Token, Is.Not.EqualTo(first));
    }

    [TestCase("not json", "is not valid JSON")]
    [TestCase("{\"other\": 1}", "has no \"super_admin_token\" key")]
    [TestCase("{\"super_admin_token\": \"\"}", "that is empty")]
    [TestCase("{\"super_admin_token\": \"   \"}", "that is only white space")]
    [TestCase("{\"super_admin_token\": \" s3cret \"}", "that starts or ends with white space")]
    public void Initialize_WithBrokenTokenFile_RefusesAndLeavesTheFileAlone(string content, string problem)
    {
        File.WriteAllText(Layout.ApiConfigFile, content);

        var refused = Assert.Throws<StartupRefusedException>(() => CreateStore().Initialize());

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Message, Does.Contain(Layout.ApiConfigFile).And.Contain(problem));
            Assert.That(File.ReadAllText(Layout.ApiConfigFile), Is.EqualTo(content));
        });
    }

    [Test]
    public void Initialize_WhenTheTokenFileIsADirectory_Refuses()
    {
        Directory.CreateDirectory(Layout.ApiConfigFile);

        var refused = Assert.Throws<StartupRefusedException>(() => CreateStore().Initialize());

        Assert.That(refused!.Message, Does.Contain("is a directory"));
    }

    [Test]
    public void Current_AfterTheFileIsEdited_UsesTheNewToken()
    {
        WriteTokenFile("before");
        var store = CreateStore();
        store.Initialize();

        WriteTokenFile("after-edit");

        Assert.Multiple(() =>
        {
            Assert.That(store.Current.Matches("after-edit"), Is.True);
            Assert.That(store.Current.Matches("before"), Is.False);
        });
    }

    [Test]
    public void Current_AfterAnInvalidEdit_KeepsTheLastGoodTokenAndLogsOneError()
    {
        WriteTokenFile("good");
        var store = CreateStore();
        store.Initialize();

        File.WriteAllText(Layout.ApiConfigFile, "{ broken");
        File.SetLastWriteTimeUtc(Layout.ApiConfigFile, DateTime.UtcNow.AddSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(store.Current.Matches("good"), Is.True);
            Assert.That(store.Current.Matches("good"), Is.True);
            Assert.That(_logger.Entries.Count(entry => entry.Level == LogLevel.Error), Is.EqualTo(1));
            Assert.That(_logger.Entries.Single(entry => entry.Level == LogLevel.Error).Message, Does.Contain(Layout.ApiConfigFile));
        });
    }

    [Test]
    public void Current_AfterAnEditThatPadsTheToken_KeepsTheLastGoodTokenAndLogsWhyWithoutTheValue()
    {
        WriteTokenFile("good");
        var store = CreateStore();
        store.Initialize();

        WriteTokenFile(" s3cret ");

        Assert.Multiple(() =>
        {
            Assert.That(store.Current.Matches("good"), Is.True);
            Assert.That(store.Current.Matches(" s3cret "), Is.False);
            Assert.That(_logger.Entries.Single(entry => entry.Level == LogLevel.Error).Message, Does.Contain("starts or ends with white space").And.Not.Contain("s3cret"));
        });
    }

    [Test]
    public void Current_WithinTheCheckInterval_DoesNotLookAtTheFileAgain()
    {
        WriteTokenFile("before");
        var store = TokenStores.Create(Layout, logger: _logger, fileCheckInterval: TimeSpan.FromHours(1));
        store.Initialize();
        _ = store.Current; // the first read looks at the file and starts the interval

        WriteTokenFile("after-edit");

        Assert.That(store.Current.Matches("before"), Is.True, "an edit within the interval is not picked up yet: the old token still matches");
    }

    [Test]
    public void Current_AfterTheFileIsRemoved_KeepsTheLastGoodToken()
    {
        WriteTokenFile("good");
        var store = CreateStore();
        store.Initialize();

        File.Delete(Layout.ApiConfigFile);

        Assert.That(store.Current.Matches("good"), Is.True);
    }

    [Test]
    public void Current_AfterTheFileIsReplacedByADirectory_KeepsTheLastGoodTokenAndSaysWhy()
    {
        WriteTokenFile("good");
        var store = CreateStore();
        store.Initialize();

        File.Delete(Layout.ApiConfigFile);
        Directory.CreateDirectory(Layout.ApiConfigFile);

        Assert.Multiple(() =>
        {
            Assert.That(store.Current.Matches("good"), Is.True);
            Assert.That(_logger.Entries.Single(entry => entry.Level == LogLevel.Error).Message, Does.Contain("is a directory, not a file"));
            Assert.That(Directory.Exists(Layout.ApiConfigFile), Is.True);
        });
    }

    [Test]
    public void Initialize_WithAnEmptyTokenFile_RefusesWithoutTouchingIt()
    {
        File.WriteAllText(Layout.ApiConfigFile, "");

        var refused = Assert.Throws<StartupRefusedException>(() => CreateStore().Initialize());

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Message, Does.Contain("is empty or not a regular file"));
            Assert.That(File.Exists(Layout.ApiConfigFile), Is.True);
        });
    }

    private void WriteTokenFile(string token)
    {
        File.WriteAllText(Layout.ApiConfigFile, ApiConfigFile.Format(token));
        // Make each write visibly newer even on file systems with coarse timestamps.
        File.SetLastWriteTimeUtc(Layout.ApiConfigFile, DateTime.UtcNow.AddMilliseconds(Random.Shared.Next(1, 10_000)));
    }

    private SuperAdminTokenStore CreateStore(string? environmentToken = null) =>
        TokenStores.Create(Layout, environmentToken, _logger);
}
