using Directus.Api.Logging;
using Directus.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Directus.Tests.Unit.Api.Logging;

public sealed partial class RedactingLoggerTests
{
    private const string Secret = "s3cret-value";

    private ServiceProvider _services = null!;
    private CapturingLoggerProvider _provider = null!;

    [SetUp]
    public void SetUp()
    {
        _provider = new CapturingLoggerProvider();
        _services = new ServiceCollection()
            .AddLogging(logging => logging
                .SetMinimumLevel(LogLevel.Trace)
                .AddProvider(_provider)
                .AddFilter<CapturingLoggerProvider>("Quiet", LogLevel.Warning))
            .AddSecretRedaction()
            .BuildServiceProvider();
    }

    [TearDown]
    public void TearDown()
    {
        _services.Dispose();
        _provider.Dispose();
    }

    [Test]
    public void Log_ATokenInAStructuredValue_IsMaskedInTheMessageAndTheState()
    {
        LogRequest(Logger("Any.Category"), "?super_admin_token=" + Secret);

        var entry = _provider.Entries.Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Message, Is.EqualTo("Request to /server/info?super_admin_token=***"));
            Assert.That(entry.State, Does.Contain(new KeyValuePair<string, string?>("Query", "?super_admin_token=***")));
            Assert.That(entry.ToString(), Does.Not.Contain(Secret));
        });
    }

    [Test]
    public void Log_ATokenInTheExceptionText_IsMasked()
    {
        var failure = new InvalidOperationException("Bad request line: 'GET /server/info?super_admin_token=" + Secret + " HTTP/1.1'");

        Logger("Any.Category").LogDebug(failure, "The connection was refused");

        var entry = _provider.Entries.Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Exception, Does.Contain("super_admin_token=***").And.Contain(nameof(InvalidOperationException)));
            Assert.That(entry.Exception, Does.Not.Contain(Secret));
        });
    }

    [Test]
    public void Log_WithoutAToken_PassesTheOriginalStateOn()
    {
        LogRequest(Logger("Any.Category"), "?other=1");

        Assert.That(_provider.Entries.Single().StateType, Is.Not.EqualTo(typeof(RedactedLogEntry)));
    }

    [Test]
    public void Log_AtADisabledLevel_NeverFormats()
    {
        var formatted = 0;

        Logger("Quiet.Category").Log(LogLevel.Information, default, "state", null, (_, _) => (++formatted).ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Multiple(() =>
        {
            Assert.That(formatted, Is.Zero);
            Assert.That(_provider.Entries, Is.Empty, "the provider-specific rule still applies through the wrapper");
        });
    }

    [Test]
    public void BeginScope_WithAToken_IsMaskedWhenAProviderReadsIt()
    {
        var logger = Logger("Any.Category");
        using (logger.BeginScope(new Dictionary<string, object?> { ["Url"] = "/server/info?super_admin_token=" + Secret }))
        {
            logger.LogInformation("inside");
        }

        Assert.That(_provider.Entries.Single().Scopes, Has.All.Not.Contain(Secret).And.Some.Contain("super_admin_token=***"));
    }

    [Test]
    public void CreateLogger_ForAnyCategory_Redacts()
    {
        var fromGeneric = _services.GetRequiredService<ILogger<RedactingLoggerTests>>();

        LogRequest(fromGeneric, "?SUPER%5FADMIN%5FTOKEN=" + Secret);

        Assert.That(_provider.Entries.Single().ToString(), Does.Not.Contain(Secret));
    }

    private ILogger Logger(string category) => _services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

    [LoggerMessage(Level = LogLevel.Information, Message = "Request to /server/info{Query}")]
    private static partial void LogRequest(ILogger logger, string query);
}
