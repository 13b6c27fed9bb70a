using Directus.Tests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Functional;

/// <summary>The limits set in appsettings.json reach the options the server runs with.</summary>
public sealed class ServerLimitsTests
{
    [Test]
    public void Appsettings_SetTheKestrelLimitsDeliberately()
    {
        using var factory = new DirectusApiFactory();

        var limits = factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Multiple(() =>
        {
            Assert.That(limits.MaxRequestBodySize, Is.EqualTo(30_000_000));
            Assert.That(limits.MaxRequestLineSize, Is.EqualTo(8192));
            Assert.That(limits.MaxRequestHeadersTotalSize, Is.EqualTo(32_768));
            Assert.That(limits.MaxRequestHeaderCount, Is.EqualTo(100));
            Assert.That(limits.MaxConcurrentConnections, Is.EqualTo(2048));
            Assert.That(limits.MaxConcurrentUpgradedConnections, Is.Zero);
            Assert.That(limits.KeepAliveTimeout, Is.EqualTo(TimeSpan.FromSeconds(130)));
            Assert.That(limits.RequestHeadersTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(limits.MinRequestBodyDataRate?.BytesPerSecond, Is.EqualTo(240));
            Assert.That(limits.MinRequestBodyDataRate?.GracePeriod, Is.EqualTo(TimeSpan.FromSeconds(5)));
        });
    }

    [Test]
    public void Appsettings_BoundTheShutdownToThreeSeconds()
    {
        using var factory = new DirectusApiFactory();

        var host = factory.Services.GetRequiredService<IOptions<HostOptions>>().Value;

        Assert.That(host.ShutdownTimeout, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void ShutdownDelay_IsAddedToTheShutdownTimeout_SoTheDrainKeepsItsThreeSeconds()
    {
        using var factory = new DirectusApiFactory().WithSetting("Directus:Health:ShutdownDelay", "00:00:10");

        var host = factory.Services.GetRequiredService<IOptions<HostOptions>>().Value;

        Assert.That(host.ShutdownTimeout, Is.EqualTo(TimeSpan.FromSeconds(13)));
    }
}
