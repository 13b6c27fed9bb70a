using Directus.Application.Server.Ports;
using Directus.Domain.Server;

namespace Directus.Infrastructure.Probes;

/// <summary>Reports the running .NET version and checks each capability with <see cref="RuntimeCapabilityChecks"/>.</summary>
public sealed class RuntimeProbe : IRuntimeProbe
{
    /// <inheritdoc />
    public string GetVersion() => Environment.Version.ToString();

    /// <inheritdoc />
    public RuntimeCapabilities GetCapabilities() => new(
        DatabaseProviderModel: RuntimeCapabilityChecks.HasDatabaseProviderModel(),
        MySqlDriver: RuntimeCapabilityChecks.HasMySqlDriver(),
        HttpClient: RuntimeCapabilityChecks.HasHttpClient(),
        ImageProcessing: RuntimeCapabilityChecks.HasImageProcessing(),
        ContentTypeDetection: RuntimeCapabilityChecks.HasContentTypeDetection(),
        UnicodeGlobalization: RuntimeCapabilityChecks.HasUnicodeGlobalization(),
        JsonSerializer: RuntimeCapabilityChecks.HasJsonSerializer());
}
