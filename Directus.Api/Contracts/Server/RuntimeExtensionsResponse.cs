using System.Text.Json.Serialization;
using AutoMapper;
using Directus.Domain.Server;

namespace Directus.Api.Contracts.Server;

/// <summary><c>data.php.extensions</c>: each PHP extension v8 checked, answered by the .NET capability that plays its role.</summary>
public sealed class RuntimeExtensionsResponse
{
    [JsonPropertyName("pdo")]
    public bool Pdo { get; init; }

    [JsonPropertyName("mysqli")]
    public bool Mysqli { get; init; }

    [JsonPropertyName("curl")]
    public bool Curl { get; init; }

    [JsonPropertyName("gd")]
    public bool Gd { get; init; }

    [JsonPropertyName("fileinfo")]
    public bool Fileinfo { get; init; }

    [JsonPropertyName("mbstring")]
    public bool Mbstring { get; init; }

    [JsonPropertyName("json")]
    public bool Json { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<RuntimeCapabilities, RuntimeExtensionsResponse>()
                .ForMember(response => response.Pdo, options => options.MapFrom(capabilities => capabilities.DatabaseProviderModel))
                .ForMember(response => response.Mysqli, options => options.MapFrom(capabilities => capabilities.MySqlDriver))
                .ForMember(response => response.Curl, options => options.MapFrom(capabilities => capabilities.HttpClient))
                .ForMember(response => response.Gd, options => options.MapFrom(capabilities => capabilities.ImageProcessing))
                .ForMember(response => response.Fileinfo, options => options.MapFrom(capabilities => capabilities.ContentTypeDetection))
                .ForMember(response => response.Mbstring, options => options.MapFrom(capabilities => capabilities.UnicodeGlobalization))
                .ForMember(response => response.Json, options => options.MapFrom(capabilities => capabilities.JsonSerializer));
        }
    }
}
