using System.Text.Json.Serialization;
using AutoMapper;
using Directus.Domain.Server;

namespace Directus.Api.Contracts.Server;

/// <summary><c>data.server</c>.</summary>
public sealed class WebServerResponse
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("rewrites")]
    public bool? Rewrites { get; init; }

    [JsonPropertyName("os")]
    public string? Os { get; init; }

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
