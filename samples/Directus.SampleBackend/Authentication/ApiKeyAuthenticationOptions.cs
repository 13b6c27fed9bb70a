using Microsoft.AspNetCore.Authentication;

namespace Directus.SampleBackend.Authentication;

/// <summary>The host's own credential: one key, from the configuration's <c>Sample:ApiKey</c>.</summary>
public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>The key; empty: no request is authenticated.</summary>
    public string ApiKey { get; set; } = "";
}
