using Directus.Application.Configuration;
using Directus.Infrastructure.Security;
using Directus.Infrastructure.Startup;
using Directus.Infrastructure.Storage;
using Directus.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Unit.Infrastructure;

public sealed class SuperAdminTokenStoreTests
{
    private TempDirectory _root = null!;
    private StorageLayout _layout = null!;
    private RecordingLogger<SuperAdminTokenStore> _logger = null!;

    [SetUp]
    public void SetUp()
    {
        _root = new TempDirectory();
        _layout = new StorageLayout(Options.Create(new DirectusOptions { RootPath = _root.Path }));
        Directory.CreateDirectory(Path.GetDirectoryName(_layout.ApiConfigFile)!);
        _logger = new RecordingLogger<SuperAdminTokenStore>();
    }

    [TearDown]
    public void TearDown() => _root.Dispose();

    [Test]
    public void Initialize_WithEnvironmentToken_UsesItAndWritesNoFile()
    {
        var store = CreateStore(environmentToken: "from-env");

        store.Initialize();

        Assert.Multiple(() =>
        {
            Assert.That(store.Current.Matches("from-env"), Is.True);
            Assert.That(File.Exists(_layout.ApiConfigFile), Is.False);
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

        var token = ApiConfigFile.Read(_layout.ApiConfigFile).Token!;
        Assert.Multiple(() =>
        {
            Assert.That(token, Has.Length.GreaterThanOrEqualTo(43), "32 random bytes in base64url");
            Assert.That(token, Does.Match("^[A-Za-z0-9_-]+$"));
            Assert.That(store.Current.Matches(token), Is.True);
            Assert.That(string.Join("\n", _logger.Entries.Select(entry => entry.Message)), Does.Contain(_layout.ApiConfigFile).And.Not.Contain(token));
        });
    }

    [Test]
    public void Initialize_TwoFirstRuns_GenerateDifferentTokens()
    {
        CreateStore().Initialize();
        var first = ApiConfigFile.Read(_layout.ApiConfigFile).Token;
        File.Delete(_layout.ApiConfigFile);

        CreateStore().Initialize();

        Assert.That(ApiConfigFile.Read(_layout.ApiConfigFile).Token, Is.Not.EqualTo(first));
    }

    [TestCase("not json", "is not valid JSON")]
    [TestCase("{\"other\": 1}", "has no \"super_admin_token\" key")]
    [TestCase("{\"super_admin_token\": \"\"}", "that is empty")]
    [TestCase("{\"super_admin_token\": \"   \"}", "that is only white space")]
    [TestCase("{\"super_admin_token\": \" s3cret \"}", "that starts or ends with white space")]
    public void Initialize_WithBrokenTokenFile_RefusesAndLeavesTheFileAlone(string content, string problem)
    {
        File.WriteAllText(_layout.ApiConfigFile, content);

        var refused = Assert.Throws<StartupRefusedException>(() => CreateStore().Initialize());

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Message, Does.Contain(_layout.ApiConfigFile).And.Contain(problem));
            Assert.That(File.ReadAllText(_layout.ApiConfigFile), Is.EqualTo(content));
        });
    }

    [Test]
    public void Initialize_WhenTheTokenFileIsADirectory_Refuses()
    {
        Directory.CreateDirectory(_layout.ApiConfigFile);

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

        File.WriteAllText(_layout.ApiConfigFile, "{ broken");
        File.SetLastWriteTimeUtc(_layout.ApiConfigFile, DateTime.UtcNow.AddSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(store.Current.Matches("good"), Is.True);
            Assert.That(store.Current.Matches("good"), Is.True);
            Assert.That(_logger.Entries.Count(entry => entry.Level == LogLevel.Error), Is.EqualTo(1));
            Assert.That(_logger.Entries.Single(entry => entry.Level == LogLevel.Error).Message, Does.Contain(_layout.ApiConfigFile));
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
        var store = TokenStores.Create(_layout, logger: _logger, fileCheckInterval: TimeSpan.FromHours(1));
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

        File.Delete(_layout.ApiConfigFile);

        Assert.That(store.Current.Matches("good"), Is.True);
    }

    [Test]
    public void Current_AfterTheFileIsReplacedByADirectory_KeepsTheLastGoodTokenAndSaysWhy()
    {
        WriteTokenFile("good");
        var store = CreateStore();
        store.Initialize();

        File.Delete(_layout.ApiConfigFile);
        Directory.CreateDirectory(_layout.ApiConfigFile);

        Assert.Multiple(() =>
        {
            Assert.That(store.Current.Matches("good"), Is.True);
            Assert.That(_logger.Entries.Single(entry => entry.Level == LogLevel.Error).Message, Does.Contain("is a directory, not a file"));
            Assert.That(Directory.Exists(_layout.ApiConfigFile), Is.True);
        });
    }

    [Test]
    public void Initialize_WithAnEmptyTokenFile_RefusesWithoutTouchingIt()
    {
        File.WriteAllText(_layout.ApiConfigFile, "");

        var refused = Assert.Throws<StartupRefusedException>(() => CreateStore().Initialize());

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Message, Does.Contain("is empty or not a regular file"));
            Assert.That(File.Exists(_layout.ApiConfigFile), Is.True);
        });
    }

    private void WriteTokenFile(string token)
    {
        File.WriteAllText(_layout.ApiConfigFile, ApiConfigFile.Format(token));
        // Make each write visibly newer even on file systems with coarse timestamps.
        File.SetLastWriteTimeUtc(_layout.ApiConfigFile, DateTime.UtcNow.AddMilliseconds(Random.Shared.Next(1, 10_000)));
    }

    private SuperAdminTokenStore CreateStore(string? environmentToken = null) =>
        TokenStores.Create(_layout, environmentToken, _logger);
}
