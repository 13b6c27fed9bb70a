using System.Text.Json.Serialization;
using AutoMapper;
using Directus.Domain.Server;

namespace Directus.Api.Contracts.Server;

/// <summary>One entry of a check's list under <c>checks</c>, in Directus 11's order; threshold and output only where they apply.</summary>
public sealed class HealthObservationResponse
{
    /// <summary><c>componentType</c>: what was checked, such as <c>system</c>, <c>component</c> or <c>objectstore</c>.</summary>
    [JsonPropertyName("componentType")]
    public required string ComponentType { get; init; }

    /// <summary><c>status</c>: the state this observation alone puts its check in: <c>ok</c>, <c>warn</c> or <c>error</c>.</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary><c>observedValue</c>: the measurement, in <see cref="ObservedUnit"/>.</summary>
    [JsonPropertyName("observedValue")]
    public double ObservedValue { get; init; }

    /// <summary><c>observedUnit</c>: the unit of <see cref="ObservedValue"/>, such as <c>ms</c>.</summary>
    [JsonPropertyName("observedUnit")]
    public required string ObservedUnit { get; init; }

    /// <summary><c>threshold</c>: above this the check warns; left out where no threshold applies.</summary>
    [JsonPropertyName("threshold")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Threshold { get; init; }

    /// <summary><c>output</c>: why the check warns or fails; left out when it is ok.</summary>
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
