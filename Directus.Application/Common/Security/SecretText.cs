namespace Directus.Application.Common.Security;

/// <summary>
/// What a configured secret (the super admin token, a scrape token) may look like. Requests are compared untrimmed
/// and a blank one is refused before the comparison, so a blank secret could never be matched, and a padded one only
/// by a client that sends the same white space: both are refused at the source rather than silently used.
/// </summary>
public static class SecretText
{
    /// <summary>Null when <paramref name="token"/> can be used; otherwise what is wrong with it, never quoting it.</summary>
    public static string? ProblemWith(string token)
    {
        if (token.Length == 0)
        {
            return "is empty";
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            return "is only white space";
        }

        return char.IsWhiteSpace(token[0]) || char.IsWhiteSpace(token[^1]) ? "starts or ends with white space" : null;
    }
}
