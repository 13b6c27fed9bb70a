using System.Text.Json.Serialization;
using AutoMapper;
using Directus.Domain.Server;

namespace Directus.Api.Contracts.Server;

/// <summary><c>data.php</c>: keeps v8's key because clients read it; it describes the .NET runtime.</summary>
public sealed class RuntimeResponse
{
    /// <summary><c>php.version</c>: the .NET runtime version, or null when it could not be determined.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary><c>php.max_upload_size</c>: the largest upload in bytes; 0 when no limit is set or it could not be read.</summary>
    [JsonPropertyName("max_upload_size")]
    public long MaxUploadSize { get; init; }

    /// <summary><c>php.extensions</c>: the .NET capabilities reported in place of v8's PHP extensions.</summary>
    [JsonPropertyName("extensions")]
    public required RuntimeExtensionsResponse Extensions { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<RuntimeFacts, RuntimeResponse>()
                .ForMember(response => response.Extensions, options => options.MapFrom(facts => facts.Capabilities));
        }
    }
}
