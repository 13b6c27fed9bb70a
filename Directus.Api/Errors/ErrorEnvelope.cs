using System.Text.Json.Serialization;

namespace Directus.Api.Errors;

/// <summary>The v8 error envelope: <c>{"error":{"code":N,"message":"…"}}</c>.</summary>
/// <param name="Error"><c>error</c>: what went wrong.</param>
public sealed record ErrorEnvelope([property: JsonPropertyName("error")] ErrorBody Error);

/// <summary>The body of the v8 error envelope, under <c>error</c>.</summary>
/// <param name="Code"><c>code</c>: the Directus v8 error code (a <see cref="Directus.Application.Common.Errors.DirectusErrorCode"/>).</param>
/// <param name="Message"><c>message</c>: what went wrong, for people to read.</param>
/// <param name="Class">Development only: the exception type.</param>
/// <param name="Detail">Development only: the exception message.</param>
public sealed record ErrorBody(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("class"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Class = null,
    [property: JsonPropertyName("detail"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail = null);
