using System.Diagnostics.Metrics;
using Directus.Infrastructure.Security;
using Directus.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Directus.Tests.Support;

public static class TokenStores
{
    /// <summary>A token store on <paramref name="layout"/>; by default it looks at the token file on every read.</summary>
    public static SuperAdminTokenStore Create(
        StorageLayout layout,
        string? environmentToken = null,
        ILogger<SuperAdminTokenStore>? logger = null,
        TimeSpan? fileCheckInterval = null,
        IMeterFactory? meters = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [SuperAdminTokenStore.EnvironmentVariable] = environmentToken })
            .Build();
        var options = Options.Create(new StorageOptions { TokenFileCheckInterval = fileCheckInterval ?? TimeSpan.Zero });
        return new SuperAdminTokenStore(layout, configuration, options, logger ?? new RecordingLogger<SuperAdminTokenStore>(),
            new TokenFileMetrics(meters ?? RecordedMeasurements.NewFactory()));
    }
}
