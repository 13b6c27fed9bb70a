using System.Text.Json.Serialization;

namespace Directus.Api.Contracts;

/// <summary>Directus wraps every successful JSON answer in <c>{"data":…}</c>.</summary>
public sealed record DataEnvelope<T>([property: JsonPropertyName("data")] T Data);
