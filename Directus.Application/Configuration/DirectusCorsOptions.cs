namespace Directus.Application.Configuration;

/// <summary>The <c>Directus:Cors</c> configuration section.</summary>
public sealed class DirectusCorsOptions
{
    public const string AnyOrigin = "*";

    /// <summary>
    /// The origins (<c>https://app.example.com</c>: scheme, host and port) that browsers may call the API from.
    /// Empty, or holding <c>*</c>: any origin, v8's default. Never with credentials.
    /// </summary>
    public IList<string> Origins { get; } = [];

    public bool AllowsAnyOrigin => Origins.Count == 0 || Origins.Contains(AnyOrigin);

    /// <summary><c>*</c>, or an http(s) origin without path, query or trailing slash, as browsers send it in <c>Origin</c>.</summary>
    public static bool IsValidOrigin(string? origin) =>
        origin == AnyOrigin
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.Equals(origin, uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));
}
