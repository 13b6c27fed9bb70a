using Directus.Application.Common.Security;
using Microsoft.Net.Http.Headers;

namespace Directus.Api.SuperAdmin;

/// <summary>
/// Where a client may present the super admin token: v8's <c>super_admin_token</c> query parameter and Directus 11's
/// <c>Authorization: Bearer</c> header. Every value from both is kept, in that order, so the token rule sees a token
/// given twice (in one source or across both) and a blank one; an <c>Authorization</c> header of another scheme is no token,
/// except the <c>Metrics</c> scheme for a request that accepts a scrape token. This is the one place that reads them.
/// </summary>
public static class SuperAdminTokenSources
{
    /// <summary>Directus 11's scheme for the token: <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public const string BearerScheme = "Bearer";

    /// <summary>Every token <paramref name="request"/> presents, query values first; <paramref name="alsoScheme"/> is read beside <c>Bearer</c>.</summary>
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
            foreach (var credentials in Unfolded(header ?? string.Empty, alsoScheme))
            {
                if (TryReadCredentials(credentials, BearerScheme, out var token)
                    || (alsoScheme is not null && TryReadCredentials(credentials, alsoScheme, out token)))
                {
                    tokens.Add(token);
                }
            }
        }

        return tokens;
    }

    /// <summary>
    /// The credentials in one <c>Authorization</c> field value. HTTP clients and proxies fold a header sent twice into one
    /// line, joined by commas (RFC 9110 5.3): <c>Bearer a, Bearer b</c> is two bearer tokens, so a token given twice stays
    /// given twice over real HTTP. Only a comma followed by a token scheme splits, so a token that holds a comma is kept whole.
    /// </summary>
    public static IEnumerable<string> Unfolded(string header, string? alsoScheme = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        var start = 0;
        for (var comma = header.IndexOf(',', start); comma >= 0; comma = header.IndexOf(',', comma + 1))
        {
            var next = header.AsSpan(comma + 1).TrimStart();
            if (StartsWithScheme(next, BearerScheme) || (alsoScheme is not null && StartsWithScheme(next, alsoScheme)))
            {
                yield return header[start..comma];
                start = comma + 1;
            }
        }

        yield return header[start..];
    }

    /// <summary>
    /// The credentials of an <c>Authorization</c> value in <paramref name="scheme"/> (case-insensitive, RFC 9110):
    /// <c>Bearer abc</c> gives <c>abc</c>, a bare <c>Bearer</c> gives an empty (blank) token.
    /// </summary>
    public static bool TryReadCredentials(string? header, string scheme, out string credentials)
    {
        credentials = string.Empty;
        var value = header.AsSpan().Trim();
        if (!StartsWithScheme(value, scheme))
        {
            return false;
        }

        credentials = value[scheme.Length..].Trim().ToString();
        return true;
    }

    /// <summary>"Bearer", "bearer x": the scheme's name alone or followed by white space; "Bearerabc" is another scheme's name.</summary>
    private static bool StartsWithScheme(ReadOnlySpan<char> value, string scheme) =>
        value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
        && (value.Length == scheme.Length || value[scheme.Length] is ' ' or '\t');
}
