using System.Text.Json.Serialization;
using AutoMapper;
using Directus.Domain.Server;

namespace Directus.Api.Contracts.Server;

/// <summary>One entry of a check's list under <c>checks</c>, in Directus 11's order; threshold and output only where they apply.</summary>
public sealed class HealthObservationResponse
{
    [JsonPropertyName("componentType")]
    public required string ComponentType { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("observedValue")]
    public double ObservedValue { get; init; }

    [JsonPropertyName("observedUnit")]
    public required string ObservedUnit { get; init; }

    [JsonPropertyName("threshold")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Threshold { get; init; }

    [JsonPropertyName("output")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Output { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<HealthObservation, HealthObservationResponse>()
                .ForMember(response => response.Status, options => options.MapFrom(observation => HealthStates.NameOf(observation.Status)));
        }
    }
}
