namespace Directus.Api.Http;

public static class JsonContentTypes
{
    public const string Json = "application/json; charset=utf-8";

    /// <summary>
    /// The health-check format (draft-inadvisable-health-check) with the charset Directus 11 sends: RFC 8259
    /// defines no charset for JSON types, but clients that compare Directus 11's header exactly see the same text.
    /// </summary>
    public const string HealthJson = "application/health+json; charset=utf-8";
}
