using Directus.Application.Common.Security;
using Microsoft.Net.Http.Headers;

namespace Directus.Api.SuperAdmin;

/// <summary>
/// Where a client may present the super admin token: v8's <c>super_admin_token</c> query parameter and Directus 11's
/// <c>Authorization: Bearer</c> header. Every value from both is kept, in that order, so the token rule sees a token
/// given twice (in one source or across both) and a blank one; an <c>Authorization</c> header of another scheme is no token,
/// except the one extra scheme an endpoint declares (<see cref="SuperAdminTokenAttribute.AlsoScheme"/>).
/// </summary>
public static class SuperAdminTokenSources
{
    public const string BearerScheme = "Bearer";

    public static IReadOnlyList<string> Read(HttpRequest request, string? alsoScheme = null)
    {
        var query = request.Query[SuperAdminTokenRule.Parameter];
        var authorization = request.Headers[HeaderNames.Authorization];
        if (authorization.Count == 0)
        {
            return query.Count == 0 ? [] : [.. query.Select(value => value ?? string.Empty)];
        }

        var tokens = new List<string>(query.Count + authorization.Count);
        tokens.AddRange(query.Select(value => value ?? string.Empty));
        foreach (var header in authorization)
        {
            if (TryReadCredentials(header, BearerScheme, out var token)
                || (alsoScheme is not null && TryReadCredentials(header, alsoScheme, out token)))
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>
    /// The credentials of an <c>Authorization</c> value in <paramref name="scheme"/> (case-insensitive, RFC 9110):
    /// <c>Bearer abc</c> gives <c>abc</c>, a bare <c>Bearer</c> gives an empty (blank) token.
    /// </summary>
    public static bool TryReadCredentials(string? header, string scheme, out string credentials)
    {
        credentials = string.Empty;
        var value = header.AsSpan().Trim();
        if (!value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = value[scheme.Length..];
        if (rest.Length > 0 && rest[0] is not (' ' or '\t'))
        {
            return false; // "Bearerabc" is another scheme's name
        }

        credentials = rest.Trim().ToString();
        return true;
    }
}
