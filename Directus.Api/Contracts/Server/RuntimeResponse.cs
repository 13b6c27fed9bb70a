using System.Text.Json.Serialization;
using AutoMapper;
using Directus.Domain.Server;

namespace Directus.Api.Contracts.Server;

/// <summary><c>data.php</c>: keeps v8's key because clients read it; it describes the .NET runtime.</summary>
public sealed class RuntimeResponse
{
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("max_upload_size")]
    public long MaxUploadSize { get; init; }

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
