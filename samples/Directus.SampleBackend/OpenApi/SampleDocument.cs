using Directus.SampleBackend.Authentication;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Directus.SampleBackend.OpenApi;

/// <summary>The host's part of the shared document: its title and its own security scheme, <c>Authorization: ApiKey &lt;key&gt;</c>.</summary>
public sealed class SampleDocument : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "Sample backend with a Directus-compatible server";
        document.Info.Description = "The host's /items/articles (Authorization: ApiKey <key>) and the mounted server's /server/* (the super admin token).";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "Authorization",
            Description = "Authorization: ApiKey <key>, the configuration's Sample:ApiKey. The host's endpoints only.",
        };
        return Task.CompletedTask;
    }
}
