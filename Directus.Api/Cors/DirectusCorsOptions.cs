using Directus.Application.Configuration;

namespace Directus.Api.Cors;

/// <summary>The <c>Directus:Cors</c> section: which browser origins may call the API.</summary>
public sealed class DirectusCorsOptions : ISettingsSection
{
    /// <summary>The entry in <see cref="Origins"/> that lets any origin call the API.</summary>
    public const string AnyOrigin = "*";

    /// <inheritdoc />
    public static string SectionPath => "Directus:Cors";

    /// <summary>
    /// The origins (<c>https://app.example.com</c>: scheme, host and port) that browsers may call the API from.
    /// Empty, or holding <c>*</c>: any origin, v8's default. Never with credentials. Configured as a list, or as one
    /// comma-separated string as Directus 11's <c>CORS_ORIGIN</c> (see <see cref="SplitOriginList"/>).
    /// </summary>
    public IList<string> Origins { get; } = [];

    /// <summary>True when <see cref="Origins"/> is empty or holds <see cref="AnyOrigin"/>: any origin may call the API.</summary>
    public bool AllowsAnyOrigin => Origins.Count == 0 || Origins.Contains(AnyOrigin);

    /// <summary>
    /// The entries of a comma-separated origin list, trimmed. Empty entries are kept (as empty strings) so that
    /// validation refuses them: in a security setting, <c>a,,b</c> or <c>,</c> is more likely a missing value than
    /// something to skip.
    /// </summary>
    public static string[] SplitOriginList(string commaSeparated) =>
        commaSeparated.Split(',', StringSplitOptions.TrimEntries);

    /// <summary><c>*</c>, or an http(s) origin without path, query or trailing slash, as browsers send it in <c>Origin</c>.</summary>
    public static bool IsValidOrigin(string? origin) =>
        origin == AnyOrigin
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.Equals(origin, uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public IEnumerable<string> Problems()
    {
        const string Key = "Directus:Cors:Origins";
        return Origins.Where(origin => !IsValidOrigin(origin)).Distinct(StringComparer.Ordinal).Select(origin => string.IsNullOrWhiteSpace(origin)
            ? $"{Key} holds an empty entry (in a comma-separated string: two commas in a row, or one at either end)"
            : $"{Key} holds \"{origin}\", which is not \"*\" or an origin like https://app.example.com (scheme, host, optional port; no path or trailing slash)");
    }
}
