namespace Directus.SampleBackend.Articles;

/// <summary>One item of the host's own collection.</summary>
public sealed record Article(int Id, string Status, string Title, string Body);
