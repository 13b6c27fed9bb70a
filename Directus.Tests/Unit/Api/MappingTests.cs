using AutoMapper;
using AutoMapper.Internal;
using Directus.Api;
using Directus.Api.Contracts;
using Directus.Api.Contracts.Server;
using Directus.Domain.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Tests.Unit.Api;

public sealed class MappingTests
{
    /// <summary>The maps as the API composes them.</summary>
    private static readonly AutoMapper.IConfigurationProvider Configuration = ComposedByTheApi();

    [Test]
    public void Configuration_IsValid()
    {
        Assert.DoesNotThrow(Configuration.AssertConfigurationIsValid);
    }

    [Test]
    public void EveryMap_HasTheDepthGuard()
    {
        var maps = Configuration.Internal().GetAllTypeMaps();

        Assert.Multiple(() =>
        {
            Assert.That(maps, Is.Not.Empty);
            Assert.That(maps.Select(map => map.MaxDepth), Is.All.EqualTo(MappingLimits.MaxDepth));
        });
    }

    [Test]
    public void TheDepthGuard_CutsASelfReferencingGraphAtTheLimit()
    {
        var guarded = new MapperConfiguration(expression =>
        {
            MappingLimits.GuardEveryMap(expression);
            expression.CreateMap<Link, LinkResponse>();
        });
        var chain = Enumerable.Range(0, 3 * MappingLimits.MaxDepth).Aggregate((Link?)null, (next, _) => new Link { Next = next });

        var mapped = guarded.CreateMapper().Map<LinkResponse>(chain);

        Assert.That(LengthOf(mapped), Is.EqualTo(MappingLimits.MaxDepth));
    }

    [Test]
    public void Map_ServerInfo_GivesTheWireShape()
    {
        var info = new ServerInfo(
            "8.8.1",
            new WebServerFacts("Kestrel/10.0.1", null, "Linux", "#1 SMP"),
            new RuntimeFacts("10.0.1", 30_000_000, new RuntimeCapabilities(true, false, true, false, true, true, false)),
            new StoragePermissions("0755", "0", "2775"));

        var response = Configuration.CreateMapper().Map<ServerInfoResponse>(info);

        Assert.Multiple(() =>
        {
            Assert.That(response.Directus, Is.EqualTo("8.8.1"));
            Assert.That(response.Server.Type, Is.EqualTo("Kestrel/10.0.1"));
            Assert.That(response.Server.Rewrites, Is.Null);
            Assert.That(response.Server.Os, Is.EqualTo("Linux"));
            Assert.That(response.Server.OsVersion, Is.EqualTo("#1 SMP"));
            Assert.That(response.Php.Version, Is.EqualTo("10.0.1"));
            Assert.That(response.Php.MaxUploadSize, Is.EqualTo(30_000_000));
            Assert.That(
                new[] { response.Php.Extensions.Pdo, response.Php.Extensions.Mysqli, response.Php.Extensions.Curl, response.Php.Extensions.Gd, response.Php.Extensions.Fileinfo, response.Php.Extensions.Mbstring, response.Php.Extensions.Json },
                Is.EqualTo(new[] { true, false, true, false, true, true, false }));
            Assert.That((response.Permissions.Public, response.Permissions.Logs, response.Permissions.Uploads), Is.EqualTo(("0755", "0", "2775")));
        });
    }

    [Test]
    public void Map_AnonymousHealth_GivesTheStatusAlone()
    {
        var response = Configuration.CreateMapper().Map<HealthResponse>(new ServerHealth(HealthState.Warn, null, null, null));

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo("warn"));
            Assert.That(response.ReleaseId, Is.Null);
            Assert.That(response.ServiceId, Is.Null);
            Assert.That(response.Checks, Is.Null, "left out, not an empty map");
        });
    }

    [Test]
    public void Map_DetailedHealth_KeepsEveryCheckInOrder()
    {
        var health = ServerHealth.Detailed(
            [
                new HealthCheckOutcome("server:uptime", [new HealthObservation("system", HealthState.Ok, 12.5, "s")]),
                new HealthCheckOutcome("storage:logs:writable", [new HealthObservation("objectstore", HealthState.Error, 0.2, "ms", 750, "gone")]),
            ],
            "1.0.0+abc",
            "node-1");

        var response = Configuration.CreateMapper().Map<HealthResponse>(health);

        Assert.Multiple(() =>
        {
            Assert.That((response.Status, response.ReleaseId, response.ServiceId), Is.EqualTo(("error", "1.0.0+abc", "node-1")));
            Assert.That(response.Checks!.Keys, Is.EqualTo(new[] { "server:uptime", "storage:logs:writable" }));
            var storage = response.Checks["storage:logs:writable"].Single();
            Assert.That(
                (storage.ComponentType, storage.Status, storage.ObservedValue, storage.ObservedUnit, storage.Threshold, storage.Output),
                Is.EqualTo(("objectstore", "error", 0.2, "ms", (double?)750, "gone")));
            var uptime = response.Checks["server:uptime"].Single();
            Assert.That((uptime.Threshold, uptime.Output), Is.EqualTo(((double?)null, (string?)null)));
        });
    }

    private static AutoMapper.IConfigurationProvider ComposedByTheApi()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDirectusServer(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<AutoMapper.IConfigurationProvider>();
    }

    private static int LengthOf(LinkResponse? link)
    {
        var length = 0;
        for (; link is not null; link = link.Next)
        {
            length++;
        }

        return length;
    }

    private sealed class Link
    {
        public Link? Next { get; init; }
    }

    private sealed class LinkResponse
    {
        public LinkResponse? Next { get; init; }
    }
}
