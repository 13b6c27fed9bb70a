using System.Text.Json.Serialization;
using AutoMapper;
using Directus.Domain.Server;

namespace Directus.Api.Contracts.Server;

/// <summary><c>data.permissions</c>: v8's 4-digit octal modes, or "0" for a folder that is missing.</summary>
public sealed class StoragePermissionsResponse
{
    [JsonPropertyName("public")]
    public required string Public { get; init; }

    [JsonPropertyName("logs")]
    public required string Logs { get; init; }

    [JsonPropertyName("uploads")]
    public required string Uploads { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<StoragePermissions, StoragePermissionsResponse>();
        }
    }
}
