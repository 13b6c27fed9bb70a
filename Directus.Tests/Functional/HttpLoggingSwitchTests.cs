using Directus.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Directus.Tests.Functional;

public sealed class HttpLoggingSwitchTests
{
    private const string HttpLoggingCategory = "Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware";

    [Test]
    public async Task HttpLogging_ByDefault_IsOff()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = new DirectusApiFactory().WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/server/info?super_admin_token=" + DirectusApiFactory.Token, UriKind.Relative));

        Assert.That(logs.Entries.Select(entry => entry.Category), Has.None.EqualTo(HttpLoggingCategory));
    }

    [Test]
    public async Task HttpLogging_WhenSwitchedOn_LogsTheRequestWithTheTokenMasked()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = new DirectusApiFactory()
            .WithSetting("Directus:HttpLogging:Enabled", "true")
            .WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/server/info?super_admin_token=" + DirectusApiFactory.Token, UriKind.Relative));

        var logged = logs.Entries.Where(entry => entry.Category == HttpLoggingCategory).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(logged, Has.One.Matches<CapturedLogEntry>(entry => entry.Message.Contains("QueryString: ?super_admin_token=***", StringComparison.Ordinal)));
            Assert.That(logged.SelectMany(entry => entry.State), Has.Some.EqualTo(new KeyValuePair<string, string?>("QueryString", "?super_admin_token=***")));
            Assert.That(logs.Entries.Select(entry => entry.ToString()), Has.None.Contain(DirectusApiFactory.Token));
        });
    }
}
