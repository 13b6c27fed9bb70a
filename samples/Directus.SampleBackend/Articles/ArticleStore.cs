namespace Directus.SampleBackend.Articles;

/// <summary>The host's own data: a few made-up articles, in memory.</summary>
public sealed class ArticleStore
{
    private readonly IReadOnlyList<Article> _articles =
    [
        new(1, "published", "Mounting a Directus server in your own backend", "Two calls: AddDirectusServer and MapDirectusServer."),
        new(2, "published", "One health report", "The host's checks appear beside the server's in /server/health."),
        new(3, "draft", "One OpenAPI document", "The host's operations and the server's, at /server/specs/oas."),
    ];

    public IReadOnlyList<Article> All() => _articles;
}
