using Directus.Application.Server.Ports;
using Directus.Domain.Server;

namespace Directus.Infrastructure.Probes;

public sealed class RuntimeProbe : IRuntimeProbe
{
    public string GetVersion() => Environment.Version.ToString();

    public RuntimeCapabilities GetCapabilities() => new(
        DatabaseProviderModel: RuntimeCapabilityChecks.HasDatabaseProviderModel(),
        MySqlDriver: RuntimeCapabilityChecks.HasMySqlDriver(),
        HttpClient: RuntimeCapabilityChecks.HasHttpClient(),
        ImageProcessing: RuntimeCapabilityChecks.HasImageProcessing(),
        ContentTypeDetection: RuntimeCapabilityChecks.HasContentTypeDetection(),
        UnicodeGlobalization: RuntimeCapabilityChecks.HasUnicodeGlobalization(),
        JsonSerializer: RuntimeCapabilityChecks.HasJsonSerializer());
}
