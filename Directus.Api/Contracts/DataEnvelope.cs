using System.Text.Json.Serialization;

namespace Directus.Api.Contracts;

/// <summary>Directus wraps every successful JSON answer in <c>{"data":…}</c>; <c>data</c> is never null (the OpenAPI schema says so too).</summary>
public sealed record DataEnvelope<T>([property: JsonPropertyName("data")] T Data)
    where T : notnull;
