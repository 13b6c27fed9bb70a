using System.Text.Json.Serialization;
using AutoMapper;
using Directus.Domain.Server;

namespace Directus.Api.Contracts.Server;

/// <summary><c>data.php.extensions</c>: each PHP extension v8 checked, answered by the .NET capability that plays its role.</summary>
public sealed class RuntimeExtensionsResponse
{
    /// <summary><c>pdo</c>: whether the ADO.NET provider model (<c>DbProviderFactory</c>) is loadable.</summary>
    [JsonPropertyName("pdo")]
    public bool Pdo { get; init; }

    /// <summary><c>mysqli</c>: whether a MySQL ADO.NET driver ships with the process.</summary>
    [JsonPropertyName("mysqli")]
    public bool Mysqli { get; init; }

    /// <summary><c>curl</c>: whether the managed HTTP client stack works on this platform.</summary>
    [JsonPropertyName("curl")]
    public bool Curl { get; init; }

    /// <summary><c>gd</c>: whether an image-processing library ships with the process.</summary>
    [JsonPropertyName("gd")]
    public bool Gd { get; init; }

    /// <summary><c>fileinfo</c>: whether content-type detection by file name works.</summary>
    [JsonPropertyName("fileinfo")]
    public bool Fileinfo { get; init; }

    /// <summary><c>mbstring</c>: whether ICU globalization is there (not invariant mode).</summary>
    [JsonPropertyName("mbstring")]
    public bool Mbstring { get; init; }

    /// <summary><c>json</c>: whether the JSON serializer round-trips a document.</summary>
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
