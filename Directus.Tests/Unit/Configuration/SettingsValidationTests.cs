using Directus.Tests.Support;

namespace Directus.Tests.Unit.Configuration;

/// <summary>Each layer declares and checks its own settings; a start hears about every bad one at once.</summary>
public sealed class SettingsValidationTests
{
    [Test]
    public void TheDefaults_AreAccepted()
    {
        Assert.That(SettingsCheck.FailuresFor(new Dictionary<string, string?>()), Is.Empty);
    }

    [Test]
    public void ListedProxiesAndNetworks_AreAccepted()
    {
        var failures = SettingsCheck.FailuresFor(new Dictionary<string, string?>
        {
            ["Directus:ForwardedHeaders:KnownProxies:0"] = "10.0.0.5",
            ["Directus:ForwardedHeaders:KnownProxies:1"] = "::1",
            ["Directus:ForwardedHeaders:KnownNetworks:0"] = "192.168.0.0/16",
        });

        Assert.That(failures, Is.Empty);
    }

    private static IEnumerable<TestCaseData> BadSettings()
    {
        yield return Case("Directus:RootPath", " ", "Directus:RootPath");
        yield return Case("Directus:ProbeTimeout", "00:00:00", "Directus:ProbeTimeout");
        yield return Case("Directus:TokenFileCheckInterval", "-00:00:01", "Directus:TokenFileCheckInterval");
        yield return Case("Directus:Health:StorageThresholdMs", "0", "Directus:Health:StorageThresholdMs");
        yield return Case("Directus:Health:ShutdownDelay", "-00:00:01", "Directus:Health:ShutdownDelay");
        yield return Case("Directus:Health:AnonymousResultLifetime", "00:02:00", "Directus:Health:AnonymousResultLifetime");
        yield return Case("Directus:Cors:Origins:0", "https://app.example.com/", "Directus:Cors:Origins holds \"https://app.example.com/\"");
        yield return Case("Directus:Cors:Origins", "https://a.example.com,,https://b.example.com", "Directus:Cors:Origins holds an empty entry");
        yield return Case("Directus:Throttle:PermitLimit", "0", "Directus:Throttle:PermitLimit");
        yield return Case("Directus:Throttle:Window", "00:00:00.500", "Directus:Throttle:Window");
        yield return Case("Directus:Throttle:Window", "2.00:00:00", "Directus:Throttle:Window");
        yield return Case("Directus:Throttle:MaxTrackedClients", "0", "Directus:Throttle:MaxTrackedClients");
        yield return Case("Directus:Throttle:Store", "Redis", "Directus:Throttle:Store is Redis, so Directus:Redis:Configuration must be given");
        yield return Case("Directus:Redis:Timeout", "00:00:00", "Directus:Redis:Timeout");
        yield return Case("Directus:Redis:RetryInterval", "00:00:00.010", "Directus:Redis:RetryInterval");
        yield return Case("Directus:Throttle:IPv6PrefixLength", "129", "Directus:Throttle:IPv6PrefixLength");
        yield return Case("Directus:ForwardedHeaders:ForwardLimit", "0", "Directus:ForwardedHeaders:ForwardLimit");
        yield return Case("Directus:ForwardedHeaders:KnownProxies:0", "proxy.local", "Directus:ForwardedHeaders:KnownProxies holds \"proxy.local\"");
        yield return Case("Directus:ForwardedHeaders:KnownProxies:0", "10", "Directus:ForwardedHeaders:KnownProxies holds \"10\"");
        yield return Case("Directus:ForwardedHeaders:KnownNetworks:0", "10.0.0.1/8", "Directus:ForwardedHeaders:KnownNetworks holds \"10.0.0.1/8\"");
        yield return Case("Directus:ForwardedHeaders:KnownNetworks:0", "10.0.0.0", "Directus:ForwardedHeaders:KnownNetworks holds \"10.0.0.0\"");
        yield return Case("Directus:Metrics:Tokens:0", " ", "Directus:Metrics:Tokens entry 1 is blank");
        yield return Case("Directus:Metrics:Tokens", "ok, padded-secret", "Directus:Metrics:Tokens entry 2 starts or ends with white space");
        yield return Case("Directus:HttpLogging:Enabled", "perhaps", "'perhaps' at 'Directus:HttpLogging:Enabled'");

        static TestCaseData Case(string key, string value, string named) => new TestCaseData(key, value, named).SetArgDisplayNames($"{key}={value}");
    }

    [TestCaseSource(nameof(BadSettings))]
    public void ABadSetting_IsRefusedNamingIt(string key, string value, string named)
    {
        var failures = SettingsCheck.FailuresFor(new Dictionary<string, string?> { [key] = value });

        Assert.That(failures, Has.Some.Contains(named));
    }

    [Test]
    public void APaddedMetricsToken_IsRefusedWithoutShowingIt()
    {
        var failures = SettingsCheck.FailuresFor(new Dictionary<string, string?> { ["Directus:Metrics:Tokens:0"] = "secret-value " });

        Assert.Multiple(() =>
        {
            Assert.That(failures, Has.Some.Contains("Directus:Metrics:Tokens"));
            Assert.That(failures, Has.None.Contains("secret-value"));
        });
    }

    [Test]
    public void BadSettingsOfEveryLayer_AreAllReportedAtOnce()
    {
        var failures = SettingsCheck.FailuresFor(new Dictionary<string, string?>
        {
            ["Directus:ProbeTimeout"] = "soon",                  // Application, unreadable
            ["Directus:Throttle:Window"] = "banana",             // Infrastructure, unreadable
            ["Directus:Throttle:PermitLimit"] = "many",          // the same section, unreadable too
            ["Directus:Redis:Timeout"] = "00:00:00",             // Infrastructure, out of range
            ["Directus:Cors:Origins:0"] = "ftp://example.com",   // Api, out of range
        });

        Assert.That(failures, Has.Count.EqualTo(5)
            .And.Some.Contains("'soon' at 'Directus:ProbeTimeout'")
            .And.Some.Contains("'banana' at 'Directus:Throttle:Window'")
            .And.Some.Contains("'many' at 'Directus:Throttle:PermitLimit'")
            .And.Some.Contains("Directus:Redis:Timeout")
            .And.Some.Contains("Directus:Cors:Origins holds \"ftp://example.com\""));
    }
}
