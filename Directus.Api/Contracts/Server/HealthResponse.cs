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
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("releaseId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReleaseId { get; init; }

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
