using Directus.Application.Configuration;

namespace Directus.Tests.Unit.Application;

public sealed class DirectusOptionsValidatorTests
{
    [Test]
    public void Validate_TheDefaults_Succeeds()
    {
        var result = new DirectusOptionsValidator().Validate(null, new DirectusOptions());

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void Validate_AListedProxyAndNetwork_Succeeds()
    {
        var options = new DirectusOptions();
        options.ForwardedHeaders.KnownProxies.Add("10.0.0.5");
        options.ForwardedHeaders.KnownProxies.Add("::1");
        options.ForwardedHeaders.KnownNetworks.Add("192.168.0.0/16");

        var result = new DirectusOptionsValidator().Validate(null, options);

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    private static IEnumerable<TestCaseData> BadSettings()
    {
        yield return Case(options => options.RootPath = " ", "Directus:RootPath");
        yield return Case(options => options.ProbeTimeout = TimeSpan.Zero, "Directus:ProbeTimeout");
        yield return Case(options => options.TokenFileCheckInterval = TimeSpan.FromSeconds(-1), "Directus:TokenFileCheckInterval");
        yield return Case(options => options.Health.StorageThresholdMs = 0, "Directus:Health:StorageThresholdMs");
        yield return Case(options => options.Health.ShutdownDelay = TimeSpan.FromSeconds(-1), "Directus:Health:ShutdownDelay");
        yield return Case(options => options.Cors.Origins.Add("https://app.example.com/"), "Directus:Cors:Origins holds \"https://app.example.com/\"");
        yield return Case(options => options.Cors.Origins.Add(""), "Directus:Cors:Origins holds an empty entry");
        yield return Case(options => options.Throttle.PermitLimit = 0, "Directus:Throttle:PermitLimit");
        yield return Case(options => options.Throttle.Window = TimeSpan.FromMilliseconds(500), "Directus:Throttle:Window");
        yield return Case(options => options.Throttle.Window = TimeSpan.FromDays(2), "Directus:Throttle:Window");
        yield return Case(options => options.Throttle.MaxTrackedClients = 0, "Directus:Throttle:MaxTrackedClients");
        yield return Case(options => options.Throttle.Store = ThrottleStore.Redis, "Directus:Throttle:Store is Redis, so Directus:Redis:Configuration must be given");
        yield return Case(options => options.Redis.Timeout = TimeSpan.Zero, "Directus:Redis:Timeout");
        yield return Case(options => options.Redis.RetryInterval = TimeSpan.FromMilliseconds(10), "Directus:Redis:RetryInterval");
        yield return Case(options => options.Throttle.IPv6PrefixLength = 129, "Directus:Throttle:IPv6PrefixLength");
        yield return Case(options => options.ForwardedHeaders.ForwardLimit = 0, "Directus:ForwardedHeaders:ForwardLimit");
        yield return Case(options => options.ForwardedHeaders.KnownProxies.Add("proxy.local"), "Directus:ForwardedHeaders:KnownProxies holds \"proxy.local\"");
        yield return Case(options => options.ForwardedHeaders.KnownProxies.Add("10"), "Directus:ForwardedHeaders:KnownProxies holds \"10\"");
        yield return Case(options => options.ForwardedHeaders.KnownNetworks.Add("10.0.0.1/8"), "Directus:ForwardedHeaders:KnownNetworks holds \"10.0.0.1/8\"");
        yield return Case(options => options.ForwardedHeaders.KnownNetworks.Add("10.0.0.0"), "Directus:ForwardedHeaders:KnownNetworks holds \"10.0.0.0\"");
        yield return Case(options => options.Metrics.Tokens.Add(" "), "Directus:Metrics:Tokens entry 1 is blank");
        yield return Case(options => { options.Metrics.Tokens.Add("ok"); options.Metrics.Tokens.Add(" padded-secret"); }, "Directus:Metrics:Tokens entry 2 starts or ends with white space");

        static TestCaseData Case(Action<DirectusOptions> spoil, string named) => new TestCaseData(spoil, named).SetArgDisplayNames(named);
    }

    [Test]
    public void Validate_APaddedMetricsToken_FailsWithoutShowingIt()
    {
        var options = new DirectusOptions();
        options.Metrics.Tokens.Add("secret-value ");

        var result = new DirectusOptionsValidator().Validate(null, options);

        Assert.That(result.FailureMessage, Does.Contain("Directus:Metrics:Tokens").And.Not.Contain("secret-value"));
    }

    [TestCaseSource(nameof(BadSettings))]
    public void Validate_ABadSetting_FailsNamingIt(Action<DirectusOptions> spoil, string named)
    {
        var options = new DirectusOptions();
        spoil(options);

        var result = new DirectusOptionsValidator().Validate(null, options);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain(named));
        });
    }
}
