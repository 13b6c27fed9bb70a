using Directus.Application.Common.Probes;
using Directus.Application.Server.Ports;
using Directus.Domain.Server;

namespace Directus.Application.Server.Queries.GetServerInfo;

/// <summary>Measures the static facts once, on first use, through the probe guard; every later request reuses them.</summary>
public sealed class StaticServerFactsCache(
    IWebServerProbe webServer,
    IOperatingSystemProbe operatingSystem,
    IRuntimeProbe runtime,
    ProbeRunner probes)
{
    private Task<StaticServerFacts>? _facts;

    /// <summary>The static facts, measured by the first call; later calls get the same task.</summary>
    public Task<StaticServerFacts> GetAsync() => LazyInitializer.EnsureInitialized(ref _facts, MeasureAsync);

    private async Task<StaticServerFacts> MeasureAsync()
    {
        var software = probes.RunAsync<string?>("web server", webServer.GetSoftware, null);
        var family = probes.RunAsync<string?>("operating system", operatingSystem.GetFamily, null);
        var kernel = probes.RunAsync<string?>("kernel version", operatingSystem.GetKernelVersion, null);
        var version = probes.RunAsync<string?>("runtime version", runtime.GetVersion, null);
        var capabilities = probes.RunAsync("runtime capabilities", runtime.GetCapabilities, RuntimeCapabilities.None);

        return new StaticServerFacts(
            await software.ConfigureAwait(false),
            await family.ConfigureAwait(false),
            await kernel.ConfigureAwait(false),
            await version.ConfigureAwait(false),
            await capabilities.ConfigureAwait(false));
    }
}
