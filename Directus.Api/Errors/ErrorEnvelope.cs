using System.Text.Json.Serialization;

namespace Directus.Api.Errors;

/// <summary>The v8 error envelope: <c>{"error":{"code":N,"message":"…"}}</c>.</summary>
public sealed record ErrorEnvelope([property: JsonPropertyName("error")] ErrorBody Error);

/// <param name="Class">Development only: the exception type.</param>
/// <param name="Detail">Development only: the exception message.</param>
public sealed record ErrorBody(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("class"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Class = null,
    [property: JsonPropertyName("detail"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail = null);
