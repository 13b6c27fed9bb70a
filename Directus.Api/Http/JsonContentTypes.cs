namespace Directus.Api.Http;

/// <summary>The JSON media types the API answers with, alone (as the OpenAPI document names them) and as header values.</summary>
public static class JsonContentTypes
{
    /// <summary>Plain JSON, the media type alone.</summary>
    public const string MediaType = "application/json";

    /// <summary>The <c>Content-Type</c> header value of JSON answers, with the charset.</summary>
    public const string Json = MediaType + "; charset=utf-8";

    /// <summary>The health-check format of draft-inadvisable-health-check, as Directus 11 names it.</summary>
    public const string HealthMediaType = "application/health+json";

    /// <summary>
    /// With the charset Directus 11 sends: RFC 8259 defines no charset parameter for JSON types, but clients
    /// that compare Directus 11's header text see the same text here, and it matches our other JSON answers.
    /// </summary>
    public const string HealthJson = HealthMediaType + "; charset=utf-8";
}
