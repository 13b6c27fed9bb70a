namespace Directus.Api.Http;

/// <summary>The security headers every API answer carries.</summary>
public static class SecurityHeaders
{
    /// <summary>Sets <c>X-Content-Type-Options: nosniff</c> on <paramref name="response"/>.</summary>
    public static void Apply(HttpResponse response) => response.Headers.XContentTypeOptions = "nosniff";
}
