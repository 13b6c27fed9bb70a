using System.Text.Json.Serialization;
using AutoMapper;
using Directus.Domain.Server;

namespace Directus.Api.Contracts.Server;

/// <summary><c>data.permissions</c>: v8's 4-digit octal modes, or "0" for a folder that is missing.</summary>
public sealed class StoragePermissionsResponse
{
    /// <summary><c>permissions.public</c>: the mode of <c>public</c>, v8's web root.</summary>
    [JsonPropertyName("public")]
    public required string Public { get; init; }

    /// <summary><c>permissions.logs</c>: the mode of the <c>logs</c> folder.</summary>
    [JsonPropertyName("logs")]
    public required string Logs { get; init; }

    /// <summary><c>permissions.uploads</c>: the mode of <c>public/uploads</c>, where uploaded files are stored.</summary>
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
