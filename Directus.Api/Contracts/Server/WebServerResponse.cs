using System.Text.Json.Serialization;
using AutoMapper;
using Directus.Domain.Server;

namespace Directus.Api.Contracts.Server;

/// <summary><c>data.server</c>.</summary>
public sealed class WebServerResponse
{
    /// <summary><c>server.type</c>: the web server as name/version (such as <c>Kestrel/10.0.0</c>), or null when unknown.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary><c>server.rewrites</c>: whether Apache's mod_rewrite is active; null where it does not apply.</summary>
    [JsonPropertyName("rewrites")]
    public bool? Rewrites { get; init; }

    /// <summary><c>server.os</c>: the operating system family in PHP_OS spelling (Linux, Darwin, WINNT, FreeBSD).</summary>
    [JsonPropertyName("os")]
    public string? Os { get; init; }

    /// <summary><c>server.os_version</c>: the kernel version string, as <c>uname -v</c> prints it.</summary>
    [JsonPropertyName("os_version")]
    public string? OsVersion { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<WebServerFacts, WebServerResponse>()
                .ForMember(response => response.Type, options => options.MapFrom(facts => facts.Software))
                .ForMember(response => response.Rewrites, options => options.MapFrom(facts => facts.UrlRewriting))
                .ForMember(response => response.Os, options => options.MapFrom(facts => facts.OperatingSystemFamily))
                .ForMember(response => response.OsVersion, options => options.MapFrom(facts => facts.KernelVersion));
        }
    }
}
