using Directus.SampleBackend.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Directus.SampleBackend.Articles;

/// <summary>The host's own endpoint, in Directus's items shape, behind the host's own credential (never the super admin token).</summary>
[ApiController]
[Route("items/articles")]
[Authorize(AuthenticationSchemes = ApiKeyAuthenticationHandler.SchemeName)]
[Tags("Articles")]
[Produces("application/json")]
public sealed class ArticlesController(ArticleStore store) : ControllerBase
{
    /// <summary>Every article.</summary>
    [HttpGet]
    [EndpointSummary("Lists the articles")]
    [ProducesResponseType<ArticlesResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(typeof(void), StatusCodes.Status401Unauthorized)]
    public ArticlesResponse List() => new(store.All());
}

/// <summary>Directus's envelope for a list of items: <c>{"data":[…]}</c>.</summary>
public sealed record ArticlesResponse(IReadOnlyList<Article> Data);
