using Directus.Domain.Server;

namespace Directus.Application.Server.Queries.GetServerInfo;

/// <summary>The facts that cannot change while the process runs.</summary>
public sealed record StaticServerFacts(
    string? WebServerSoftware,
    string? OperatingSystemFamily,
    string? KernelVersion,
    string? RuntimeVersion,
    RuntimeCapabilities Capabilities);
