namespace Directus.Api.Http;

public static class SecurityHeaders
{
    public static void Apply(HttpResponse response) => response.Headers.XContentTypeOptions = "nosniff";
}
