using System.Text.Json.Serialization;
using AutoMapper;
using Directus.Domain.Server;

namespace Directus.Api.Contracts.Server;

/// <summary>The body of <c>GET /server/info</c>, under <c>data</c>. Property order is the wire order.</summary>
public sealed class ServerInfoResponse
{
    /// <summary><c>directus</c>: the Directus API version whose wire contract this server implements.</summary>
    [JsonPropertyName("directus")]
    public required string Directus { get; init; }

    /// <summary><c>server</c>: the web server and the operating system it runs on.</summary>
    [JsonPropertyName("server")]
    public required WebServerResponse Server { get; init; }

    /// <summary><c>php</c>: the .NET runtime, under v8's key.</summary>
    [JsonPropertyName("php")]
    public required RuntimeResponse Php { get; init; }

    /// <summary><c>permissions</c>: the modes of the storage folders.</summary>
    [JsonPropertyName("permissions")]
    public required StoragePermissionsResponse Permissions { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<ServerInfo, ServerInfoResponse>()
                .ForMember(response => response.Directus, options => options.MapFrom(info => info.CompatibleDirectusVersion))
                .ForMember(response => response.Server, options => options.MapFrom(info => info.WebServer))
                .ForMember(response => response.Php, options => options.MapFrom(info => info.Runtime));
        }
    }
}
