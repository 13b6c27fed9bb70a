namespace Directus.Application.Common.Errors;

/// <summary>A request that failed validation (v8 code 4).</summary>
public sealed class InvalidPayloadException(string message)
    : DirectusException(DirectusErrorCode.InvalidPayload, message);
