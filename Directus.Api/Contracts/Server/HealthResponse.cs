using System.Text.Json.Serialization;
using AutoMapper;
using Directus.Domain.Server;

namespace Directus.Api.Contracts.Server;

/// <summary>
/// The body of <c>GET /server/health</c> (<c>application/health+json</c>), in Directus 11's shape and order.
/// Anonymous callers get <c>{"status":"ok"}</c> alone; the other members are left out, not null.
/// </summary>
public sealed class HealthResponse
{
    /// <summary><c>status</c>: the server's overall state, <c>ok</c>, <c>warn</c> or <c>error</c> (the last answers HTTP 503).</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary><c>releaseId</c>: this API's release (its assembly version); super admin only.</summary>
    [JsonPropertyName("releaseId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReleaseId { get; init; }

    /// <summary><c>serviceId</c>: this instance's id, the configured one or else the machine's name; super admin only.</summary>
    [JsonPropertyName("serviceId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ServiceId { get; init; }

    /// <summary>Check name → its observations (one each today; Directus 11's shape allows several).</summary>
    [JsonPropertyName("checks")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<HealthObservationResponse>>? Checks { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<ServerHealth, HealthResponse>()
                .ForMember(response => response.Status, options => options.MapFrom(health => HealthStates.NameOf(health.Status)))
                .ForMember(response => response.Checks, options =>
                {
                    // Anonymous: no checks at all, not an empty map.
                    options.AllowNull();
                    options.MapFrom((health, _, _, context) => health.Checks?.ToDictionary(
                        check => check.Name,
                        check => (IReadOnlyList<HealthObservationResponse>)context.Mapper.Map<List<HealthObservationResponse>>(check.Observations),
                        StringComparer.Ordinal));
                });
        }
    }
}
