using System.Diagnostics;
using System.Net;
using Directus.Application.Server.Ports;
using Directus.Domain.Server;
using Directus.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Directus.Tests.Functional;

/// <summary>Anyone may call /server/health; a flood of anonymous calls must not become a flood of file writes.</summary>
public sealed class AnonymousHealthFloodTests
{
    [Test]
    public async Task AnonymousFlood_RunsTheChecksAtMostOncePerSecond_WhileTheTokenAlwaysGetsAFreshRun()
    {
        var runs = new CountingRunner();
        using var factory = new DirectusApiFactory().WithServices(services =>
        {
            var real = services.Single(service => service.ServiceType == typeof(IHealthCheckRunner));
            services.Remove(real);
            services.AddSingleton(provider => runs.Wrapping((IHealthCheckRunner)ActivatorUtilities.CreateInstance(provider, real.ImplementationType!)));
            services.AddSingleton<IHealthCheckRunner>(provider => provider.GetRequiredService<CountingRunner>());
        });
        using var client = factory.CreateClient();

        var clock = Stopwatch.StartNew();
        var statuses = new List<HttpStatusCode>();
        while (clock.Elapsed < TimeSpan.FromSeconds(2.5))
        {
            var batch = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.GetAsync(new Uri("/server/health", UriKind.Relative))));
            statuses.AddRange(batch.Select(response => response.StatusCode));
        }

        var anonymousRuns = runs.Count;
        var seconds = clock.Elapsed.TotalSeconds;
        using var detailed1 = await client.GetAsync(new Uri("/server/health?super_admin_token=" + DirectusApiFactory.Token, UriKind.Relative));
        using var detailed2 = await client.GetAsync(new Uri("/server/health?super_admin_token=" + DirectusApiFactory.Token, UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Has.Count.GreaterThanOrEqualTo(100).And.All.EqualTo(HttpStatusCode.OK));
            Assert.That(anonymousRuns, Is.InRange(1, (int)Math.Ceiling(seconds)), $"{statuses.Count} anonymous calls in {seconds:F1} s");
            Assert.That(runs.Count, Is.EqualTo(anonymousRuns + 2), "each call with the token runs the checks");
        });
    }

    private sealed class CountingRunner : IHealthCheckRunner
    {
        private IHealthCheckRunner _inner = null!;
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public CountingRunner Wrapping(IHealthCheckRunner inner)
        {
            _inner = inner;
            return this;
        }

        public Task<IReadOnlyList<HealthCheckOutcome>> RunAsync(bool includeOutsideServices, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return _inner.RunAsync(includeOutsideServices, cancellationToken);
        }
    }
}
