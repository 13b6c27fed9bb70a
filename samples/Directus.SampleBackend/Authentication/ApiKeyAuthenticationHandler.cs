using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Directus.SampleBackend.Authentication;

/// <summary>
/// Authenticates <c>Authorization: ApiKey &lt;key&gt;</c>. Any other scheme is not this handler's credential (no result,
/// so the request stays anonymous): in particular <c>Authorization: Bearer …</c>, the server's super admin token, never
/// opens the host's endpoints. Keys are compared as SHA-256 digests in fixed time.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<ApiKeyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    private const string Prefix = SchemeName + " ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var given = Request.Headers.Authorization
            .Where(value => value is not null && value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            .Select(value => value![Prefix.Length..].Trim())
            .ToList();
        if (given.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (given.Count > 1)
        {
            return Task.FromResult(AuthenticateResult.Fail("more than one ApiKey credential"));
        }

        if (Options.ApiKey.Length == 0 || !Matches(given[0], Options.ApiKey))
        {
            return Task.FromResult(AuthenticateResult.Fail("wrong key"));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "api-key-client")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers[HeaderNames.WWWAuthenticate] = SchemeName;
        return base.HandleChallengeAsync(properties);
    }

    // Digests of equal length, compared in time that does not depend on where they differ.
    private static bool Matches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
